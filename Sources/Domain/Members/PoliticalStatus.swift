/// 政治面貌. The party-track values follow the stages of RULES.md §3.
public enum PoliticalStatus: String, Codable, CaseIterable, Sendable {
    case masses, leagueMember = "league_member", applicant, activist
    case developmentCandidate = "development_candidate", probationaryMember = "probationary_member"
    case fullMember = "full_member"

    /// Probationary and full members are 党员; the rest are not (yet).
    public var isPartyMember: Bool { self == .probationaryMember || self == .fullMember }
}
