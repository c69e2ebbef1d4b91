import Domain
import FluentKit
import Foundation
import SQLKit

/// One line of a meeting's register: someone expected (or recorded) and their attendance, if recorded.
public struct RegisterEntry: Equatable, Sendable {
    public var personID: Person.ID
    public var name: String
    public var number: String
    public var politicalStatus: PoliticalStatus
    public var committeeRole: CommitteeRole?
    public var attendance: Attendance?
    /// On the expected list for the meeting's date (someone recorded but since moved away is not).
    public var isExpected: Bool
}

extension MeetingStore {
    /// The register of a meeting in scope: the expected list of its organisations on its date, with attendance.
    public func register(of id: Meeting.ID, scope: Scope) async throws -> (Meeting, [RegisterEntry]) {
        let meeting = try await find(id, scope: scope)
        return (meeting, try await register(of: meeting))
    }

    func register(of meeting: Meeting) async throws -> [RegisterEntry] {
        let expected = try await expectedPeople(of: meeting)
        let recorded = try await AttendanceRecord.query(on: database).filter(\.$id.$meetingID == meeting.id.rawValue).all()
        let attendance = Dictionary(uniqueKeysWithValues: recorded.map { ($0.id!.personID, $0.domain) })
        let others = Set(attendance.keys).subtracting(expected.compactMap(\.id))
        let extra = others.isEmpty ? [] : try await PersonRecord.query(on: database).filter(\.$id ~~ Array(others)).all()
        let expectedIDs = Set(expected.compactMap(\.id))
        return (expected + extra).map { person in
            RegisterEntry(personID: .init(person.id!), name: person.name, number: person.number,
                          politicalStatus: PoliticalStatus(rawValue: person.politicalStatus) ?? .fullMember,
                          committeeRole: person.committeeRole.flatMap(CommitteeRole.init(rawValue:)),
                          attendance: attendance[person.id!], isExpected: expectedIDs.contains(person.id!))
        }.sorted { ($0.committeeRole == nil ? 1 : 0, $0.number) < ($1.committeeRole == nil ? 1 : 0, $1.number) }
    }

    /// Members of the meeting's organisations on its date: 党员 admitted by then, of a group's branch for a group
    /// meeting, of the committee for a committee meeting; transfers after the date are undone.
    func expectedPeople(of meeting: Meeting) async throws -> [PersonRecord] {
        let organizations = try await OrganizationRecord.query(on: database).filter(\.$id ~~ meeting.organizationIDs.map(\.rawValue)).all()
        // Party groups have no members of their own yet: their branch's members are expected.
        let branchIDs = Set(organizations.map { $0.kind == Organization.Kind.group.rawValue ? ($0.parentID ?? $0.id!) : $0.id! })
        let date = meeting.date.iso
        let transfers = try await TransferRecord.query(on: database).filter(\.$date > date).group(.or) {
            $0.filter(\.$fromOrganizationID ~~ Array(branchIDs)).filter(\.$toOrganizationID ~~ Array(branchIDs))
        }.all()
        let leftSince = Set(transfers.filter { $0.fromOrganizationID.map(branchIDs.contains) == true }.map(\.personID))
        let joinedSince = Set(transfers.filter { branchIDs.contains($0.toOrganizationID) }.map(\.personID))
        let query = PersonRecord.query(on: database).group(.or) { or in
            or.filter(\.$organizationID ~~ Array(branchIDs))
            if !leftSince.isEmpty { or.filter(\.$id ~~ Array(leftSince)) }
        }
        .filter(\.$politicalStatus ~~ [PoliticalStatus.probationaryMember.rawValue, PoliticalStatus.fullMember.rawValue])
        if meeting.kind.attendees == .committee { query.filter(\.$committeeRole != nil) }
        return try await query.sort(\.$number).all().filter { person in
            if joinedSince.contains(person.id!) && !leftSince.contains(person.id!) { return false }
            guard let admitted = person.probationaryDate ?? person.fullDate else { return true }
            return admitted <= date
        }
    }

    /// The quorum of a general or committee meeting: voting members (full members; the committee for a
    /// committee meeting) entitled, and how many of them are present.
    public func quorum(of meeting: Meeting, register: [RegisterEntry]) -> Quorum? {
        guard meeting.kind.needsQuorum else { return nil }
        let entitled = register.filter { $0.isExpected && (meeting.kind == .committeeMeeting || $0.politicalStatus == .fullMember) }
        return Quorum(entitled: entitled.count, present: entitled.filter { $0.attendance?.status == .present }.count)
    }

    /// Records the attendance of people on the register; nobody else can be added. Audited as one event.
    public func recordAttendance(_ id: Meeting.ID, _ entries: [Attendance], context: AuditContext) async throws {
        let (meeting, register) = try await register(of: id, scope: context.actor.scope)
        let onRegister = Set(register.map(\.personID))
        let entries = try entries.map { try $0.validated() }
        if let stranger = entries.first(where: { !onRegister.contains($0.personID) }) {
            throw DomainError.invalid(field: "person", message: Message(
                zh: "\(stranger.personID.rawValue) 不在本次会议的应到名单中", en: "\(stranger.personID.rawValue) is not on this meeting's register"))
        }
        let previous = Dictionary(uniqueKeysWithValues: register.compactMap { e in e.attendance.map { (e.personID, $0) } })
        try await database.writing { tx in
            for entry in entries {
                // A member's own sign-in time stays on record even when the secretary edits the line.
                let signedInAt = entry.status == .present ? previous[entry.personID]?.signedInAt : nil
                try await upsertAttendance(entry, signedInAt: signedInAt, meeting: meeting, by: context.actor.login, now: context.now, on: tx)
                // 积分制: once per member and meeting; a later change of the line takes the points back or restores them.
                let wasPresent = previous[entry.personID]?.status == .present
                if entry.status == .present || wasPresent {
                    let present = entry.status == .present
                    try await PointAwards.follow(.meetingAttended, deserved: present, person: entry.personID.rawValue,
                                                 source: "meeting:\(id.rawValue)", school: meeting.schoolID, day: meeting.date,
                                                 reason: present ? Message(zh: "考勤改回出席", en: "attendance changed back to present")
                                                                 : Message(zh: "考勤改为未出席", en: "attendance changed from present"),
                                                 context: context, audit: audit, on: tx)
                }
            }
            let summary = Attendance.Status.allCases.map { s in "\(s.rawValue)=\(entries.filter { $0.status == s }.count)" }
            try await audit.append(context.event(.attendanceRecorded, target: "meeting:\(id.rawValue)", school: meeting.schoolID,
                                                 detail: summary.joined(separator: " ")), on: tx)
        }
    }

    func upsertAttendance(_ entry: Attendance, signedInAt: Date?, meeting: Meeting, by login: String, now: Date,
                          on tx: any Database) async throws {
        try await (tx as! any SQLDatabase).insert(into: AttendanceRecord.schema)
            .columns("meeting_id", "person_id", "status", "reason", "signed_in_at", "local_date", "recorded_by", "updated_at")
            .values(SQLBind(meeting.id.rawValue), SQLBind(entry.personID.rawValue), SQLBind(entry.status.rawValue),
                    SQLBind(entry.reason), SQLBind(signedInAt), SQLBind(meeting.date.iso), SQLBind(login), SQLBind(now))
            .onConflict(with: ["meeting_id", "person_id"]) {
                $0.set(excludedValueOf: "status").set(excludedValueOf: "reason").set(excludedValueOf: "signed_in_at")
                    .set(excludedValueOf: "recorded_by").set(excludedValueOf: "updated_at")
            }
            .run()
    }
}

extension MeetingStore {
    /// One person's attendance at the given meetings, in one query.
    public func attendance(of person: Person.ID, at meetings: [Meeting.ID]) async throws -> [Meeting.ID: Attendance] {
        guard !meetings.isEmpty else { return [:] }
        let rows = try await AttendanceRecord.query(on: database).filter(\.$id.$personID == person.rawValue)
            .filter(\.$id.$meetingID ~~ meetings.map(\.rawValue)).all()
        return Dictionary(uniqueKeysWithValues: rows.map { (Meeting.ID($0.id!.meetingID), $0.domain) })
    }
}
