import Domain
import Foundation
import Persistence
import Vapor

struct MeetingDTO: Content {
    var id: UUID
    var kind: MeetingKind
    var status: Meeting.Status
    var organizationId: UUID
    var organizationIds: [UUID]
    var startsAt: Date
    var endsAt: Date?
    var date: LocalDate
    var place: String
    var isOnline: Bool
    var topic: String
    var lecturer: String?
    var agenda: String
    var minutes: String
    var requiredElements: [String]
    var elementsDone: [String]
    var isComplete: Bool

    init(_ m: Meeting) {
        id = m.id.rawValue; kind = m.kind; status = m.status; organizationId = m.hostOrganizationID.rawValue
        organizationIds = m.organizationIDs.map(\.rawValue); startsAt = m.startsAt; endsAt = m.endsAt; date = m.date
        place = m.place; isOnline = m.isOnline; topic = m.topic; lecturer = m.lecturer; agenda = m.agenda; minutes = m.minutes
        requiredElements = m.requiredElements.map(\.id); elementsDone = m.elementsDone.sorted(); isComplete = m.isComplete
    }
}

/// A meeting to create, or the fields of one to change (PATCH: absent fields keep their value).
struct MeetingPatch: Content {
    var kind: MeetingKind?
    var status: Meeting.Status?
    var organizationId: UUID?
    var otherOrganizationIds: [UUID]?
    var startsAt: Date?
    var endsAt: Date?
    var place: String?
    var isOnline: Bool?
    var topic: String?
    var lecturer: String?
    var agenda: String?
    var minutes: String?
    var elementsDone: [String]?

    func applied(to base: MeetingDraft?) throws -> MeetingDraft {
        func missing(_ field: String) -> DomainError {
            .invalid(field: field, message: Message(zh: "缺少字段 \(field)", en: "\(field) is required"))
        }
        guard let kind = kind ?? base?.kind else { throw missing("kind") }
        guard let host = organizationId.map({ Organization.ID($0) }) ?? base?.hostOrganizationID else { throw missing("organizationId") }
        guard let startsAt = startsAt ?? base?.startsAt else { throw missing("startsAt") }
        return MeetingDraft(kind: kind, hostOrganizationID: host,
                            otherOrganizationIDs: otherOrganizationIds.map { $0.map { .init($0) } } ?? base?.otherOrganizationIDs ?? [],
                            startsAt: startsAt, endsAt: endsAt ?? base?.endsAt, place: place ?? base?.place ?? "",
                            isOnline: isOnline ?? base?.isOnline ?? false, topic: topic ?? base?.topic ?? "",
                            lecturer: lecturer ?? base?.lecturer, agenda: agenda ?? base?.agenda ?? "",
                            minutes: minutes ?? base?.minutes ?? "", elementsDone: elementsDone.map(Set.init) ?? base?.elementsDone ?? [],
                            status: status ?? base?.status ?? .planned)
    }
}

extension MeetingDraft {
    init(_ m: Meeting) {
        self.init(kind: m.kind, hostOrganizationID: m.hostOrganizationID, otherOrganizationIDs: Array(m.organizationIDs.dropFirst()),
                  startsAt: m.startsAt, endsAt: m.endsAt, place: m.place, isOnline: m.isOnline, topic: m.topic, lecturer: m.lecturer,
                  agenda: m.agenda, minutes: m.minutes, elementsDone: m.elementsDone, status: m.status)
    }
}

struct RegisterEntryDTO: Content {
    var personId: UUID
    var name: String
    var number: String
    var expected: Bool
    var status: Attendance.Status?
    var reason: String?
    var signedInAt: Date?

    init(_ e: RegisterEntry) {
        personId = e.personID.rawValue; name = e.name; number = e.number; expected = e.isExpected
        status = e.attendance?.status; reason = e.attendance?.reason; signedInAt = e.attendance?.signedInAt
    }
}

struct AttendanceDTO: Content {
    var meetingId: UUID
    var entries: [RegisterEntryDTO]
    var quorum: QuorumDTO?
}

struct QuorumDTO: Content {
    var entitled: Int
    var present: Int
    var needed: Int
    var reached: Bool
    init(_ q: Quorum) { entitled = q.entitled; present = q.present; needed = q.needed; reached = q.isReached }
}

struct AttendanceUpdate: Content {
    struct Line: Content { var personId: UUID; var status: Attendance.Status; var reason: String? }
    var entries: [Line]
}

struct SignInRequest: Content { var code: String }
struct SignInResponse: Content { var meetingId: UUID; var result: SignIn.Outcome; var message: String }

struct ComplianceDTO: Content {
    struct Cell: Content {
        var kind: MeetingKind
        var period: String
        var periodStart: LocalDate
        var periodEnd: LocalDate
        var status: ComplianceStatus
        var required: Int
        var held: Int
        var complete: Int
        var rule: String
        var explanation: String
        var meetingIds: [UUID]
    }
    struct Branch: Content {
        var id: UUID
        var name: String
        var kind: Organization.Kind
        var foundedOn: LocalDate?
        var dissolvedOn: LocalDate?
        var cells: [Cell]
    }
    struct Totals: Content {
        var organizationId: UUID
        var name: String
        var done: Int, incomplete: Int, due: Int, overdue: Int, notApplicable: Int, upcoming: Int
    }
    var organizationId: UUID
    var year: Int
    var asOf: LocalDate
    var totals: [Totals]
    var branches: [Branch]
}
