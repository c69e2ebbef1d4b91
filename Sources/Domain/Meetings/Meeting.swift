import Foundation
import Tagged

/// One recorded event of organisational life (组织生活): planned first, then held with its record.
public struct Meeting: Identifiable, Equatable, Sendable {
    public typealias ID = Tagged<Meeting, UUID>
    public var id: ID
    public var schoolID: School.ID
    public var kind: MeetingKind
    /// The organisation that convenes it; `organizationIDs` also lists the others of a joint meeting.
    public var hostOrganizationID: Organization.ID
    public var organizationIDs: [Organization.ID]
    public var startsAt: Date
    public var endsAt: Date?
    /// The business date in the school's time zone: the date that decides the period it counts for.
    public var date: LocalDate
    public var place: String
    public var isOnline: Bool
    public var topic: String
    public var lecturer: String?
    public var agenda: String
    public var minutes: String
    /// The elements the school required of this kind when the meeting was recorded, and those done.
    public var requiredElements: [RequiredElement]
    public var elementsDone: Set<String>
    public var status: Status

    public init(id: ID, schoolID: School.ID, kind: MeetingKind, hostOrganizationID: Organization.ID,
                organizationIDs: [Organization.ID], startsAt: Date, endsAt: Date?, date: LocalDate, place: String,
                isOnline: Bool, topic: String, lecturer: String?, agenda: String, minutes: String,
                requiredElements: [RequiredElement], elementsDone: Set<String>, status: Status) {
        self.id = id; self.schoolID = schoolID; self.kind = kind; self.hostOrganizationID = hostOrganizationID
        self.organizationIDs = organizationIDs; self.startsAt = startsAt; self.endsAt = endsAt; self.date = date
        self.place = place; self.isOnline = isOnline; self.topic = topic; self.lecturer = lecturer
        self.agenda = agenda; self.minutes = minutes; self.requiredElements = requiredElements
        self.elementsDone = elementsDone; self.status = status
    }

    public enum Status: String, Codable, CaseIterable, Sendable {
        /// On the calendar; counts for nothing yet.
        case planned
        /// Took place and is on record.
        case held

        public var label: Message {
            switch self {
            case .planned: Message(zh: "计划", en: "Planned")
            case .held: Message(zh: "已召开", en: "Held")
            }
        }
    }

    /// The required elements that were not done: a held meeting missing one is recorded but incomplete.
    public var missingElements: [RequiredElement] { requiredElements.filter { !elementsDone.contains($0.id) } }
    public var isComplete: Bool { missingElements.isEmpty }
}
