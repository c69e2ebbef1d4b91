import Domain
import Foundation
import Persistence
import Vapor

extension API {
    /// Meetings, attendance, sign-in and the 工作欠账 board under `/api/v1`, scoped exactly like the pages.
    enum MeetingsController {
        static let endpoints = [
            Endpoint(.GET, "api/v1/meetings", .viewMeetings, index),
            Endpoint(.POST, "api/v1/meetings", .manageMeetings, create),
            Endpoint(.GET, "api/v1/meetings/:id", .viewMeetings, show),
            Endpoint(.PATCH, "api/v1/meetings/:id", .manageMeetings, update),
            Endpoint(.GET, "api/v1/meetings/:id/attendance", .viewMeetings, attendance),
            Endpoint(.PUT, "api/v1/meetings/:id/attendance", .manageMeetings, recordAttendance),
            Endpoint(.POST, "api/v1/meetings/:id/sign-in", .signInToMeetings, signIn),
            Endpoint(.GET, "api/v1/compliance", .viewCompliance, compliance),
        ]

        @Sendable static func index(_ request: Request) async throws -> Response {
            let query = try MeetingQuery(request)
            let size = request.query[Int.self, at: "pageSize"] ?? 50
            let page = try await request.stores.meetings.list(query.filter, page: ListRequest(number: query.page, size: size),
                                                              scope: try request.actor.scope)
            return try await PageDTO(page, MeetingDTO.init).json(request)
        }

        @Sendable static func create(_ request: Request) async throws -> Response {
            let draft = try request.content.decode(MeetingPatch.self).applied(to: nil)
            let meeting = try await request.stores.meetings.create(draft, context: try request.auditContext)
            return try await MeetingDTO(meeting).json(request, status: .created)
        }

        @Sendable static func show(_ request: Request) async throws -> Response {
            try await MeetingDTO(request.stores.meetings.find(try request.id("id"), scope: try request.actor.scope)).json(request)
        }

        @Sendable static func update(_ request: Request) async throws -> Response {
            let id: Meeting.ID = try request.id("id")
            let existing = try await request.stores.meetings.find(id, scope: try request.actor.scope)
            let draft = try request.content.decode(MeetingPatch.self).applied(to: MeetingDraft(existing))
            return try await MeetingDTO(request.stores.meetings.update(id, with: draft, context: try request.auditContext)).json(request)
        }

        @Sendable static func attendance(_ request: Request) async throws -> Response {
            let actor = try request.actor
            let (meeting, register) = try await request.stores.meetings.register(of: try request.id("id"), scope: actor.scope)
            // A member reading a meeting of their branch sees their own line; managers see the whole register.
            var mayManage = false
            if actor.may(.manageMeetings) {
                mayManage = (try? await request.stores.organizations.find(meeting.hostOrganizationID, scope: actor.scope)) != nil
            }
            let lines = mayManage ? register : register.filter { $0.personID == actor.personID }
            return try await AttendanceDTO(meetingId: meeting.id.rawValue, entries: lines.map(RegisterEntryDTO.init),
                                           quorum: request.stores.meetings.quorum(of: meeting, register: register).map(QuorumDTO.init))
                .json(request)
        }

        @Sendable static func recordAttendance(_ request: Request) async throws -> Response {
            let id: Meeting.ID = try request.id("id")
            let body = try request.content.decode(AttendanceUpdate.self)
            try await request.stores.meetings.recordAttendance(
                id, body.entries.map { Attendance(personID: .init($0.personId), status: $0.status, reason: $0.reason) },
                context: try request.auditContext)
            return try await attendance(request)
        }

        @Sendable static func signIn(_ request: Request) async throws -> Response {
            let id: Meeting.ID = try request.id("id")
            let body = try request.content.decode(SignInRequest.self)
            let outcome = try await request.stores.meetings.signIn(id, code: body.code, context: try request.auditContext)
            return try await SignInResponse(meetingId: id.rawValue, result: outcome, message: request.strings.text(outcome.message))
                .json(request)
        }

        @Sendable static func compliance(_ request: Request) async throws -> Response {
            let today = try await request.today()
            let report = try await request.stores.compliance.board(under: try request.optionalID("org"), year: try request.year(default: today),
                                                                   today: today, scope: try request.actor.scope)
            let s = request.strings
            let cells = Dictionary(grouping: report.cells, by: \.organizationID)
            let branches = report.subjects.map { subject in
                ComplianceDTO.Branch(id: subject.id.rawValue, name: subject.name, kind: subject.kind, foundedOn: subject.foundedOn,
                                     dissolvedOn: subject.dissolvedOn, cells: (cells[subject.id] ?? []).map { cell in
                    ComplianceDTO.Cell(kind: cell.requirement.kind, period: cell.period.description, periodStart: cell.period.firstDay,
                                       periodEnd: cell.period.lastDay, status: cell.status, required: cell.requirement.count,
                                       held: cell.heldCount, complete: cell.completeCount, rule: s.text(cell.requirement.summary),
                                       explanation: s.text(cell.explanation), meetingIds: cell.meetingIDs.map(\.rawValue))
                })
            }
            let totals = report.organizations.filter { $0.kind != .group }.map { o in
                let t = report.totals[o.path] ?? ComplianceTotals()
                return ComplianceDTO.Totals(organizationId: o.id.rawValue, name: o.name, done: t[.done], incomplete: t[.incomplete],
                                            due: t[.due], overdue: t[.overdue], notApplicable: t[.notApplicable], upcoming: t[.upcoming])
            }
            return try await ComplianceDTO(organizationId: report.root.id.rawValue, year: report.year, asOf: report.today,
                                           totals: totals, branches: branches).json(request)
        }
    }
}
