import Domain
import Foundation
import Persistence
import Vapor

/// A branch's year of meetings to .xlsx: the list, and the attendance matrix (members × meetings).
enum MeetingExportController {
    static let endpoints = [
        Endpoint(.GET, "meetings/export/list.xlsx", .exportLists, list),
        Endpoint(.GET, "meetings/export/attendance.xlsx", .exportLists, matrix),
    ]

    @Sendable static func list(_ request: Request) async throws -> Response {
        let (meetings, names, zone, organization, year) = try await yearOfMeetings(request)
        let s = request.strings
        let rows = meetings.map { m in
            [LocalDateTime.display(m.startsAt, in: zone), s.text(m.kind.label), s.text(m.status.label), m.topic, m.place,
             m.lecturer ?? "", m.organizationIDs.compactMap { names[$0] }.joined(separator: "、"),
             m.isComplete ? s.complete : s.missingElements + "：" + m.missingElements.map { s.text($0.label) }.joined(separator: "、")]
        }
        let export = ListExport(header: [s.startsAt, s.meetingKind, s.meetingStatus, s.topic, s.place, s.lecturer,
                                         s.organizationsTakingPart, s.requiredElements],
                                rows: rows, sheetName: "\(year)")
        return try await export.respond(request, format: .xlsx, name: .init(ascii: "meetings-\(year)", localised: "\(organization.name)\(year)年组织生活"),
                                        target: "meetings:\(organization.id.rawValue):\(year)")
    }

    @Sendable static func matrix(_ request: Request) async throws -> Response {
        let (meetings, _, _, organization, year) = try await yearOfMeetings(request)
        let s = request.strings, stores = request.stores, scope = try request.actor.scope
        let held = meetings.filter { $0.status == .held }
        var people: [Person.ID: (number: String, name: String)] = [:]
        var cells: [Person.ID: [Meeting.ID: Attendance.Status]] = [:]
        for meeting in held {
            for entry in try await stores.meetings.register(of: meeting.id, scope: scope).1 {
                people[entry.personID] = (entry.number, entry.name)
                if let status = entry.attendance?.status { cells[entry.personID, default: [:]][meeting.id] = status }
            }
        }
        let mark: [Attendance.Status: String] = [.present: "✓", .excused: s.text(Attendance.Status.excused.label), .absent: "✗"]
        let rows = people.sorted { $0.value.number < $1.value.number }.map { id, person -> [String] in
            let statuses = held.map { cells[id]?[$0.id] }
            let present = statuses.filter { $0 == .present }.count
            return [person.number, person.name] + statuses.map { $0.flatMap { mark[$0] } ?? "" } + ["\(present)/\(held.count)"]
        }
        let header = [s.number, s.personName] + held.map { "\($0.date.iso) \(s.text($0.kind.label))" } + [s.attendance]
        let export = ListExport(header: header, rows: rows, sheetName: "\(year)")
        return try await export.respond(request, format: .xlsx, name: .init(ascii: "attendance-\(year)", localised: "\(organization.name)\(year)年出席矩阵"),
                                        target: "attendance:\(organization.id.rawValue):\(year)")
    }

    private static func yearOfMeetings(_ request: Request) async throws
        -> ([Meeting], [Organization.ID: String], TimeZone, Organization, Int) {
        let scope = try request.actor.scope
        guard let orgID: Organization.ID = try request.optionalID("org") else {
            throw DomainError.invalid(field: "org", message: Message(zh: "请选择组织", en: "Choose an organisation"))
        }
        let organization = try await request.stores.organizations.find(orgID, scope: scope)
        let year = try request.year(default: try await request.today())
        let meetings = try await request.stores.meetings.all(
            MeetingStore.Filter(organizationID: orgID, from: LocalDate(year: year, month: 1, day: 1), to: LocalDate(year: year, month: 12, day: 31)),
            scope: scope)
        let names = try await request.stores.organizations.names(of: Set(meetings.flatMap(\.organizationIDs)))
        return (meetings, names, try await request.schoolTimeZone(), organization, year)
    }
}
