import Domain
import Foundation
import Persistence
import Plot
import Vapor

/// 年度积分档案 and 推优选先: freeze a year, draw shortlists from a frozen year, record the committee's choice.
enum PointArchiveController {
    static let endpoints = [
        Endpoint(.GET, "points/archive", .manageNominations, index),
        Endpoint(.POST, "points/archive", .manageNominations, freeze),
        Endpoint(.POST, "points/nominations", .manageNominations, nominate),
        Endpoint(.GET, "points/nominations/:id", .manageNominations, show),
        Endpoint(.POST, "points/nominations/:id/decision", .manageNominations, decide),
    ]

    struct FreezeForm: Content { var year: String? }
    struct NominationForm: Content {
        var year: String?; var title: String?; var subject: String?; var criterion: String?; var value: String?
        var submission: String?
    }
    struct DecisionForm: Content { var chosen: [UUID]?; var reason: String? }

    @Sendable static func index(_ request: Request) async throws -> Response {
        try await render(request, error: nil, typed: nil)
    }

    @Sendable static func freeze(_ request: Request) async throws -> Response {
        let form = try request.content.decode(FreezeForm.self)
        do {
            guard let year = form.year.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) else {
                throw DomainError.invalid(field: "year", message: Message(zh: "请填写年度", en: "Give the year"))
            }
            try await request.stores.points.archive(year: year, context: try request.auditContext)
            return request.redirect(to: PointRoute.archive.path, redirectType: .normal)
        } catch let error as DomainError where error.status == .unprocessableEntity || error.status == .conflict {
            return try await render(request, error: error, typed: nil, status: error.status)
        }
    }

    @Sendable static func nominate(_ request: Request) async throws -> Response {
        let form = try request.content.decode(NominationForm.self)
        do {
            guard let year = form.year.flatMap({ Int($0) }) else {
                throw DomainError.invalid(field: "year", message: Message(zh: "请选择已归档的年度", en: "Choose an archived year"))
            }
            guard let value = form.value.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) else {
                throw DomainError.invalid(field: "value", message: Message(zh: "请填写名额或分数线", en: "Give N or the threshold"))
            }
            let request_ = NominationRequest(year: year, title: form.title ?? "",
                                             subject: form.subject.flatMap(Nomination.Subject.init(rawValue:)) ?? .member,
                                             criterion: form.criterion ?? "", value: value)
            let (nomination, _) = try await request.stores.points.nominate(
                year: year, title: request_.title, subject: request_.subject, criterion: try request_.parsedCriterion(),
                key: form.submission, context: try request.auditContext)
            return request.redirect(to: PointRoute.nomination(nomination.id).path, redirectType: .normal)
        } catch let error as DomainError where error.status == .unprocessableEntity || error.status == .conflict {
            return try await render(request, error: error, typed: form, status: error.status)
        }
    }

    @Sendable static func show(_ request: Request) async throws -> Response {
        try await PointNominationPage.response(request, id: try request.id("id"), error: nil)
    }

    @Sendable static func decide(_ request: Request) async throws -> Response {
        let id: Nomination.ID = try request.id("id")
        let form = try request.content.decode(DecisionForm.self)
        do {
            try await request.stores.points.decideNomination(id, chosen: form.chosen ?? [], reason: form.reason ?? "",
                                                             context: try request.auditContext)
            return request.redirect(to: PointRoute.nomination(id).path, redirectType: .normal)
        } catch let error as DomainError where error.status == .unprocessableEntity || error.status == .conflict {
            return try await PointNominationPage.response(request, id: id, error: error, status: error.status)
        }
    }

    static func render(_ request: Request, error: DomainError?, typed: NominationForm?, status: HTTPResponseStatus = .ok) async throws -> Response {
        guard let school = try request.actor.schoolID else { throw DomainError.notFound }
        let points = request.stores.points
        let model = PointArchivePage.Model(archives: try await points.archives(school: school),
                                           nominations: try await points.nominations(school: school),
                                           lastYear: try await request.today().year - 1)
        return try PointArchivePage.View(model: model, typed: typed, error: error, context: PageContext(request))
            .render().response(status: status)
    }
}
