/// The kinds of organisational life (组织生活) of RULES.md §1.
public enum MeetingKind: String, Codable, CaseIterable, Sendable {
    case generalMeeting = "general_meeting"
    case committeeMeeting = "committee_meeting"
    case groupMeeting = "group_meeting"
    case partyLecture = "party_lecture"
    case themedPartyDay = "themed_party_day"
    case lifeMeeting = "life_meeting"
    case democraticAppraisal = "democratic_appraisal"
    case heartToHeartTalk = "heart_to_heart_talk"

    public var label: Message {
        switch self {
        case .generalMeeting: Message(zh: "支部党员大会", en: "General meeting")
        case .committeeMeeting: Message(zh: "支委会", en: "Committee meeting")
        case .groupMeeting: Message(zh: "党小组会", en: "Party-group meeting")
        case .partyLecture: Message(zh: "党课", en: "Party lecture")
        case .themedPartyDay: Message(zh: "主题党日", en: "Themed party day")
        case .lifeMeeting: Message(zh: "组织生活会", en: "Life meeting")
        case .democraticAppraisal: Message(zh: "民主评议党员", en: "Democratic appraisal")
        case .heartToHeartTalk: Message(zh: "谈心谈话", en: "Heart-to-heart talks")
        }
    }

    /// 条例 Art. 11/12: decisions of these need more than half of those entitled present.
    public var needsQuorum: Bool { self == .generalMeeting || self == .committeeMeeting }

    /// Only a lecture names its lecturer.
    public var hasLecturer: Bool { self == .partyLecture }

    /// Who is entitled to attend: the committee meets as a committee, everything else gathers the members.
    public var attendees: Attendees { self == .committeeMeeting ? .committee : .members }

    public enum Attendees: Sendable { case members, committee }
}

/// Lets a school's checklist per kind be a JSON object keyed by the kind's name.
extension MeetingKind: CodingKeyRepresentable {}
