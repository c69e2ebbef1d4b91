import Domain
import Foundation
import Persistence
import Plot
import Vapor

/// 工作通报面对面: the list of briefings, recording one, its page (reports, representatives, the questions raised
/// and what became of them, and the previous briefing's open questions), and recording a question raised there.
enum BriefingsController {
    static let endpoints = [
        Endpoint(.GET, "briefings", .viewBriefings, index),
        Endpoint(.GET, "briefings/new", .manageBriefings, new),
        Endpoint(.POST, "briefings", .manageBriefings, create),
        Endpoint(.GET, "briefings/:id", .viewBriefings, show),
        Endpoint(.POST, "briefings/:id/questions", .manageBriefings, addQuestion),
    ]

    @Sendable static func index(_ request: Request) async throws -> Response {
        guard let school = try request.actor.schoolID else { throw DomainError.notFound }
        let briefings = try await request.stores.briefings.list(school: school)
        return try BriefingPages.Index(briefings: briefings, context: PageContext(request)).render().response()
    }

    @Sendable static func new(_ request: Request) async throws -> Response {
        try await BriefingPages.editor(request, form: BriefingForm(heldOn: try await request.today().iso), error: nil)
    }

    @Sendable static func create(_ request: Request) async throws -> Response {
        guard let school = try request.actor.schoolID else { throw DomainError.notFound }
        let fields = try request.content.decode([String: String].self)
        let form = BriefingForm(fields: fields)
        do {
            let colleges = try await BriefingPages.colleges(request, school: school)
            let departments = try await request.stores.departments.departments(of: school)
            let briefing = try await request.stores.briefings.create(try form.draft(colleges: colleges, departments: departments), school: school,
                                                                     context: try request.auditContext)
            return request.redirect(to: TicketRoute.briefing(briefing.id).path, redirectType: .normal)
        } catch let error as DomainError where error.status == .unprocessableEntity {
            return try await BriefingPages.editor(request, form: form, error: error)
        }
    }

    @Sendable static func show(_ request: Request) async throws -> Response {
        try await BriefingPages.show(request, id: try request.id("id"), question: TicketForm(), error: nil)
    }

    /// A question raised at the briefing becomes a ticket at once: answered on the spot (closed) or tracked.
    @Sendable static func addQuestion(_ request: Request) async throws -> Response {
        let id: Briefing.ID = try request.id("id")
        guard let school = try request.actor.schoolID else { throw DomainError.notFound }
        _ = try await request.stores.briefings.find(id, school: school)
        let fields = try request.content.decode([String: String].self)
        let form = TicketForm(fields: fields)
        let answer = fields["answerOnSpot"]
        do {
            guard let category = UUID(uuidString: form.categoryId) else {
                throw DomainError.invalid(field: "category", message: Message(zh: "请选择问题类别", en: "Choose a category"))
            }
            let draft = TicketDraft(categoryID: .init(category), title: form.title, body: form.body, isAnonymous: form.anonymous ?? false,
                                    isPublishable: form.publishable ?? false, channel: .briefing, briefingID: id, answerOnSpot: answer)
            _ = try await request.stores.tickets.submit(draft, key: form.submission, context: try request.auditContext)
            return request.redirect(to: TicketRoute.briefing(id).path + "#questions", redirectType: .normal)
        } catch let error as DomainError where error.status == .unprocessableEntity {
            return try await BriefingPages.show(request, id: id, question: form, error: error)
        }
    }
}

/// The briefing form as typed: a summary per department, representatives one a line.
struct BriefingForm: Sendable {
    var heldOn = ""
    var title = ""
    var place = ""
    var summaries: [UUID: String] = [:]
    var representatives = ""

    init(heldOn: String) { self.heldOn = heldOn }

    init(fields: [String: String]) {
        heldOn = fields["heldOn"] ?? ""; title = fields["title"] ?? ""; place = fields["place"] ?? ""
        representatives = fields["representatives"] ?? ""
        for (key, value) in fields where key.hasPrefix("report_") {
            if let id = UUID(uuidString: String(key.dropFirst("report_".count))) { summaries[id] = value }
        }
    }

    /// `name|学生|计算机学院` lines; the kind accepts 学生/教师/student/teacher, the college its name.
    func draft(colleges: [GridUnit], departments: [Department]) throws -> BriefingDraft {
        guard let date = LocalDate(iso: heldOn) else {
            throw DomainError.invalid(field: "heldOn", message: Message(zh: "请填写日期", en: "Enter the date"))
        }
        let people = try representatives.split(whereSeparator: \.isNewline).enumerated().compactMap { index, line -> Briefing.Representative? in
            let parts = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard let name = parts.first, !name.isEmpty else { return nil }
            let kindText = parts.count > 1 ? parts[1] : ""
            let kind: Briefing.Representative.Kind = ["教师", "teacher", "老师"].contains(kindText.lowercased()) ? .teacher : .student
            var college: GridUnit.ID?
            if parts.count > 2, !parts[2].isEmpty {
                guard let unit = colleges.first(where: { $0.name == parts[2] }) else {
                    throw DomainError.invalid(field: "representatives", message: Message(
                        zh: "第\(index + 1)行：没有名为“\(parts[2])”的学院", en: "Line \(index + 1): no college named “\(parts[2])”"))
                }
                college = unit.id
            }
            return Briefing.Representative(name: name, kind: kind, collegeID: college)
        }
        let reports = departments.compactMap { d in summaries[d.id.rawValue].map { Briefing.Report(departmentID: d.id, summary: $0) } }
        return BriefingDraft(heldOn: date, title: title, place: place, reports: reports, representatives: people)
    }
}
