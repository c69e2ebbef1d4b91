import Foundation

/// What a secretary submits to plan or record a meeting, checked before anything is stored.
public struct MeetingDraft: Equatable, Sendable {
    public var kind: MeetingKind
    public var hostOrganizationID: Organization.ID
    /// Other organisations taking part in a joint meeting; the host is always included.
    public var otherOrganizationIDs: [Organization.ID]
    public var startsAt: Date
    public var endsAt: Date?
    public var place: String
    public var isOnline: Bool
    public var topic: String
    public var lecturer: String?
    public var agenda: String
    public var minutes: String
    public var elementsDone: Set<String>
    public var status: Meeting.Status

    public init(kind: MeetingKind, hostOrganizationID: Organization.ID, otherOrganizationIDs: [Organization.ID] = [],
                startsAt: Date, endsAt: Date? = nil, place: String, isOnline: Bool = false, topic: String,
                lecturer: String? = nil, agenda: String = "", minutes: String = "", elementsDone: Set<String> = [],
                status: Meeting.Status) {
        self.kind = kind; self.hostOrganizationID = hostOrganizationID; self.otherOrganizationIDs = otherOrganizationIDs
        self.startsAt = startsAt; self.endsAt = endsAt; self.place = place; self.isOnline = isOnline; self.topic = topic
        self.lecturer = lecturer; self.agenda = agenda; self.minutes = minutes; self.elementsDone = elementsDone
        self.status = status
    }

    public var organizationIDs: [Organization.ID] {
        var seen = Set<Organization.ID>()
        return ([hostOrganizationID] + otherOrganizationIDs).filter { seen.insert($0).inserted }
    }

    /// Trims the text fields and refuses what cannot be a record: no topic, no place, an end before the start,
    /// minutes longer than a record needs, a held meeting dated in the future.
    public func validated(now: Date) throws -> MeetingDraft {
        var d = self
        d.topic = topic.trimmingCharacters(in: .whitespacesAndNewlines)
        d.place = place.trimmingCharacters(in: .whitespacesAndNewlines)
        d.lecturer = lecturer?.trimmingCharacters(in: .whitespacesAndNewlines)
        if d.lecturer?.isEmpty == true || !kind.hasLecturer { d.lecturer = nil }
        d.agenda = agenda.trimmingCharacters(in: .whitespacesAndNewlines)
        d.minutes = minutes.trimmingCharacters(in: .whitespacesAndNewlines)
        if d.topic.isEmpty { throw Self.invalid("topic", zh: "请填写主题", en: "Enter a topic") }
        if d.topic.count > 200 { throw Self.invalid("topic", zh: "主题不超过200字", en: "The topic is at most 200 characters") }
        if d.place.isEmpty { throw Self.invalid("place", zh: "请填写地点或线上会议链接", en: "Enter a place or the online meeting link") }
        if d.place.count > 200 { throw Self.invalid("place", zh: "地点不超过200字", en: "The place is at most 200 characters") }
        if d.agenda.count > 5_000 { throw Self.invalid("agenda", zh: "议程不超过5000字", en: "The agenda is at most 5,000 characters") }
        if d.minutes.count > 50_000 { throw Self.invalid("minutes", zh: "会议记录不超过50000字", en: "The minutes are at most 50,000 characters") }
        if let endsAt, endsAt <= startsAt {
            throw Self.invalid("endsAt", zh: "结束时间须晚于开始时间", en: "The end must be after the start")
        }
        if status == .held && startsAt > now {
            throw Self.invalid("status", zh: "尚未开始的会议不能记为已召开", en: "A meeting that has not started cannot be recorded as held")
        }
        return d
    }

    static func invalid(_ field: String, zh: String, en: String) -> DomainError {
        .invalid(field: field, message: Message(zh: zh, en: en))
    }
}
