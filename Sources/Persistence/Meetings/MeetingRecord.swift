import Domain
import FluentKit
import Foundation

final class MeetingRecord: Model, @unchecked Sendable {
    static let schema = "meetings"
    @ID(key: .id) var id: UUID?
    @Field(key: "school_id") var schoolID: UUID
    @Field(key: "kind") var kind: String
    @Field(key: "status") var status: String
    @Field(key: "host_organization_id") var hostOrganizationID: UUID
    @Field(key: "host_path") var hostPath: String
    @Field(key: "starts_at") var startsAt: Date
    @OptionalField(key: "ends_at") var endsAt: Date?
    @Field(key: "local_date") var localDate: String
    @Field(key: "place") var place: String
    @Field(key: "is_online") var isOnline: Bool
    @Field(key: "topic") var topic: String
    @OptionalField(key: "lecturer") var lecturer: String?
    @Field(key: "agenda") var agenda: String
    @Field(key: "minutes") var minutes: String
    @Field(key: "required_elements") var requiredElements: String
    @Field(key: "elements_done") var elementsDone: String
    @Field(key: "is_complete") var isComplete: Bool
    @OptionalField(key: "sign_in_code") var signInCode: String?
    @OptionalField(key: "sign_in_code_expires_at") var signInCodeExpiresAt: Date?
    @Field(key: "created_by") var createdBy: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    func apply(_ m: Meeting, hostPath: String) {
        id = m.id.rawValue; schoolID = m.schoolID.rawValue; kind = m.kind.rawValue; status = m.status.rawValue
        hostOrganizationID = m.hostOrganizationID.rawValue; self.hostPath = hostPath; startsAt = m.startsAt
        endsAt = m.endsAt; localDate = m.date.iso; place = m.place; isOnline = m.isOnline; topic = m.topic
        lecturer = m.lecturer; agenda = m.agenda; minutes = m.minutes
        requiredElements = JSONCoding.encode(m.requiredElements)
        elementsDone = JSONCoding.encode(m.elementsDone.sorted())
        isComplete = m.isComplete
    }

    func domain(organizationIDs: [Organization.ID]) -> Meeting {
        Meeting(id: .init(id!), schoolID: .init(schoolID), kind: MeetingKind(rawValue: kind) ?? .generalMeeting,
                hostOrganizationID: .init(hostOrganizationID), organizationIDs: organizationIDs, startsAt: startsAt,
                endsAt: endsAt, date: LocalDate(iso: localDate)!, place: place, isOnline: isOnline, topic: topic,
                lecturer: lecturer, agenda: agenda, minutes: minutes,
                requiredElements: JSONCoding.decode([RequiredElement].self, requiredElements) ?? [],
                elementsDone: Set(JSONCoding.decode([String].self, elementsDone) ?? []),
                status: Meeting.Status(rawValue: status) ?? .planned)
    }
}

/// A row of meeting_organizations: one per organisation taking part.
final class MeetingOrganizationRecord: Model, @unchecked Sendable {
    static let schema = "meeting_organizations"
    // The pair (meeting, organisation) is the key; Fluent wants an id property, so the composite is declared.
    @CompositeID var id: Key?
    @Field(key: "organization_path") var organizationPath: String
    @Field(key: "school_id") var schoolID: UUID
    @Field(key: "kind") var kind: String
    @Field(key: "status") var status: String
    @Field(key: "local_date") var localDate: String
    @Field(key: "missing_elements") var missingElements: String

    final class Key: Fields, Hashable, @unchecked Sendable {
        @Field(key: "meeting_id") var meetingID: UUID
        @Field(key: "organization_id") var organizationID: UUID
        init() {}
        init(meetingID: UUID, organizationID: UUID) { self.meetingID = meetingID; self.organizationID = organizationID }
        static func == (a: Key, b: Key) -> Bool { a.meetingID == b.meetingID && a.organizationID == b.organizationID }
        func hash(into h: inout Hasher) { h.combine(meetingID); h.combine(organizationID) }
    }

    init() {}

    init(_ m: Meeting, organization: Organization) {
        id = Key(meetingID: m.id.rawValue, organizationID: organization.id.rawValue)
        organizationPath = organization.path.rawValue; schoolID = m.schoolID.rawValue; kind = m.kind.rawValue
        status = m.status.rawValue; localDate = m.date.iso; missingElements = JSONCoding.encode(m.missingElements)
    }
}

final class AttendanceRecord: Model, @unchecked Sendable {
    static let schema = "meeting_attendance"
    @CompositeID var id: Key?
    @Field(key: "status") var status: String
    @OptionalField(key: "reason") var reason: String?
    @OptionalField(key: "signed_in_at") var signedInAt: Date?
    @Field(key: "local_date") var localDate: String
    @Field(key: "recorded_by") var recordedBy: String
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    final class Key: Fields, Hashable, @unchecked Sendable {
        @Field(key: "meeting_id") var meetingID: UUID
        @Field(key: "person_id") var personID: UUID
        init() {}
        init(meetingID: UUID, personID: UUID) { self.meetingID = meetingID; self.personID = personID }
        static func == (a: Key, b: Key) -> Bool { a.meetingID == b.meetingID && a.personID == b.personID }
        func hash(into h: inout Hasher) { h.combine(meetingID); h.combine(personID) }
    }

    init() {}

    var domain: Attendance {
        Attendance(personID: .init(id!.personID), status: Attendance.Status(rawValue: status) ?? .absent,
                   reason: reason, signedInAt: signedInAt)
    }
}

final class AttachmentRecord: Model, @unchecked Sendable {
    static let schema = "meeting_attachments"
    @ID(key: .id) var id: UUID?
    @Field(key: "meeting_id") var meetingID: UUID
    @Field(key: "file_name") var fileName: String
    @Field(key: "content_type") var contentType: String
    @Field(key: "size") var size: Int
    @Field(key: "content") var content: Data
    @Field(key: "uploaded_by") var uploadedBy: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}

/// JSON columns (checklists) read and written in one place.
enum JSONCoding {
    static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(value)) ?? Data("null".utf8), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String) -> T? {
        try? JSONDecoder().decode(type, from: Data(text.utf8))
    }
}
