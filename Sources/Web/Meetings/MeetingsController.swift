import Domain
import Persistence
import Plot
import Vapor

/// The organisational-life pages: list, plan or record, the record itself, attendance and attachments.
enum MeetingsController {
    static let endpoints = [
        Endpoint(.GET, "meetings", .viewMeetings, index),
        Endpoint(.GET, "meetings/new", .manageMeetings, new),
        Endpoint(.POST, "meetings", .manageMeetings, create),
        Endpoint(.GET, "meetings/:id", .viewMeetings, show),
        Endpoint(.GET, "meetings/:id/edit", .manageMeetings, edit),
        Endpoint(.POST, "meetings/:id", .manageMeetings, update),
        Endpoint(.POST, "meetings/:id/attendance", .manageMeetings, recordAttendance),
        Endpoint(.GET, "my/meetings", .signInToMeetings, MyMeetings.response),
    ] + MeetingAttachmentsController.endpoints + SignInController.endpoints + MeetingExportController.endpoints
        + MeetingPrintController.endpoints

    @Sendable static func index(_ request: Request) async throws -> Response {
        let query = try MeetingQuery(request)
        let actor = try request.actor
        let page = try await request.stores.meetings.list(query.filter, page: ListRequest(number: query.page, size: 30), scope: actor.scope)
        let organizations = try await request.stores.organizations.list(scope: actor.scope)
        let names = try await request.stores.organizations.names(of: Set(page.items.flatMap(\.organizationIDs)))
        let model = MeetingIndex.Model(query: query, page: page, organizations: organizations, names: names,
                                       timeZone: try await request.schoolTimeZone(), year: try await request.today().year)
        return try MeetingIndex.View(model: model, context: PageContext(request)).render().response()
    }

    @Sendable static func new(_ request: Request) async throws -> Response {
        var form = MeetingForm()
        form.organizationID = request.query[String.self, at: "org"] ?? ""
        if let kind = request.query[String.self, at: "kind"] { form.kind = kind }
        return try await MeetingEdit.response(request, id: nil, form: form, error: nil)
    }

    @Sendable static func create(_ request: Request) async throws -> Response {
        let form = try request.content.decode(MeetingForm.self)
        do {
            let draft = try form.draft(timeZone: try await request.schoolTimeZone())
            let meeting = try await request.stores.meetings.create(draft, context: try request.auditContext)
            return request.redirect(to: MeetingRoute.meeting(meeting.id).path, redirectType: .normal)
        } catch let error as DomainError where error.status == .unprocessableEntity {
            return try await MeetingEdit.response(request, id: nil, form: form, error: error)
        }
    }

    @Sendable static func show(_ request: Request) async throws -> Response {
        try await MeetingShow.response(request, id: try request.id("id"), error: nil)
    }

    @Sendable static func edit(_ request: Request) async throws -> Response {
        let id: Meeting.ID = try request.id("id")
        let meeting = try await request.stores.meetings.find(id, scope: try request.actor.scope)
        return try await MeetingEdit.response(request, id: id, form: MeetingForm(meeting, timeZone: try await request.schoolTimeZone()), error: nil)
    }

    @Sendable static func update(_ request: Request) async throws -> Response {
        let id: Meeting.ID = try request.id("id")
        let form = try request.content.decode(MeetingForm.self)
        do {
            let draft = try form.draft(timeZone: try await request.schoolTimeZone())
            _ = try await request.stores.meetings.update(id, with: draft, context: try request.auditContext)
            return request.redirect(to: MeetingRoute.meeting(id).path, redirectType: .normal)
        } catch let error as DomainError where error.status == .unprocessableEntity {
            return try await MeetingEdit.response(request, id: id, form: form, error: error)
        }
    }

    /// The register form posts `status_<personID>` and `reason_<personID>` for each line.
    @Sendable static func recordAttendance(_ request: Request) async throws -> Response {
        let id: Meeting.ID = try request.id("id")
        let fields = try request.content.decode([String: String].self)
        let entries = try AttendanceForm.entries(from: fields)
        do {
            try await request.stores.meetings.recordAttendance(id, entries, context: try request.auditContext)
            return request.redirect(to: MeetingRoute.meeting(id).path + "#attendance", redirectType: .normal)
        } catch let error as DomainError where error.status == .unprocessableEntity {
            return try await MeetingShow.response(request, id: id, error: error, typed: fields)
        }
    }
}

/// Reads the register form's fields into attendance lines.
enum AttendanceForm {
    static func entries(from fields: [String: String]) throws -> [Attendance] {
        try fields.keys.filter { $0.hasPrefix("status_") }.sorted().compactMap { key -> Attendance? in
            let idText = String(key.dropFirst("status_".count))
            guard let value = fields[key], !value.isEmpty else { return nil }
            guard let uuid = UUID(uuidString: idText), let status = Attendance.Status(rawValue: value) else {
                throw DomainError.invalid(field: "attendance", message: Message(zh: "出席情况有误", en: "Malformed attendance"))
            }
            return Attendance(personID: .init(uuid), status: status, reason: fields["reason_\(idText)"])
        }
    }
}
