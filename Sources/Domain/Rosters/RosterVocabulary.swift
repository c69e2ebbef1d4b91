/// The words rosters use for our enumerations, both ways: reading a cell and writing an export.
/// Cells are compared by `RosterText.valueKey` (width, spaces and case ignored). Brackets are kept, unlike in
/// headers: `中共党员（预备）` must not read as 中共党员.
enum RosterVocabulary {
    static let genders: [String: Person.Gender] = table([
        .male: ["男", "男性", "male", "m"],
        .female: ["女", "女性", "female", "f"],
    ])

    /// 政治面貌 as sheets write it; the official list says 中共党员 / 中共预备党员 / 共青团员 / 群众,
    /// the stage names appear in branch rosters. Raw values are accepted so our own JSON reads back.
    static let politicalStatuses: [String: PoliticalStatus] = table([
        .fullMember: ["中共党员", "正式党员", "党员", "full_member"],
        .probationaryMember: ["中共预备党员", "预备党员", "probationary_member"],
        .developmentCandidate: ["发展对象", "development_candidate"],
        .activist: ["入党积极分子", "积极分子", "activist"],
        .applicant: ["入党申请人", "applicant"],
        .leagueMember: ["共青团员", "团员", "league_member"],
        .masses: ["群众", "masses"],
    ])

    /// 党籍状态: only the two standings of a member.
    static let standings: [String: PoliticalStatus] = table([
        .fullMember: ["正式", "正式党员", "中共党员", "full", "full_member"],
        .probationaryMember: ["预备", "预备党员", "中共预备党员", "probationary", "probationary_member"],
    ])

    static let committeeRoles: [String: CommitteeRole] = table([
        .secretary: ["书记", "支部书记", "党支部书记", "secretary"],
        .deputySecretary: ["副书记", "支部副书记", "党支部副书记", "deputy_secretary"],
        .organizationCommissioner: ["组织委员", "organization_commissioner"],
        .propagandaCommissioner: ["宣传委员", "propaganda_commissioner"],
        .disciplineCommissioner: ["纪检委员", "纪律检查委员", "discipline_commissioner"],
        .member: ["委员", "支委", "支部委员", "支委委员", "member"],
    ])

    static func lookup<Value>(_ text: String, in table: [String: Value]) -> Value? {
        table[RosterText.valueKey(text)]
    }

    private static func table<Value>(_ words: [Value: [String]]) -> [String: Value] {
        var table: [String: Value] = [:]
        for (value, spellings) in words {
            for spelling in spellings { table[RosterText.valueKey(spelling)] = value }
        }
        return table
    }

    // MARK: Writing

    static func word(for gender: Person.Gender, locale: Message.Locale) -> String {
        switch gender {
        case .male: locale == .en ? "male" : "男"
        case .female: locale == .en ? "female" : "女"
        }
    }

    /// English exports write the raw value, which reads back; Chinese ones the official wording.
    static func word(for status: PoliticalStatus, locale: Message.Locale) -> String {
        guard locale != .en else { return status.rawValue }
        switch status {
        case .fullMember: return "中共党员"
        case .probationaryMember: return "中共预备党员"
        case .developmentCandidate: return "发展对象"
        case .activist: return "入党积极分子"
        case .applicant: return "入党申请人"
        case .leagueMember: return "共青团员"
        case .masses: return "群众"
        }
    }

    /// 党籍状态 as the fixture writes it (正式党员 / 预备党员); empty for someone not (yet) a member.
    static func standing(for status: PoliticalStatus, locale: Message.Locale) -> String {
        switch status {
        case .fullMember: locale == .en ? "full" : "正式党员"
        case .probationaryMember: locale == .en ? "probationary" : "预备党员"
        default: ""
        }
    }

    static func word(for role: CommitteeRole, locale: Message.Locale) -> String {
        guard locale != .en else { return role.rawValue }
        switch role {
        case .secretary: return "书记"
        case .deputySecretary: return "副书记"
        case .organizationCommissioner: return "组织委员"
        case .propagandaCommissioner: return "宣传委员"
        case .disciplineCommissioner: return "纪检委员"
        case .member: return "委员"
        }
    }
}
