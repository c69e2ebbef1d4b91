/// The row's party record: stage dates, stated status and committee seat.
extension RosterRowReader {
    func stages() throws(RosterRowError) -> StageDates {
        StageDates(
            application: try date(.applicationDate), activist: try date(.activistDate),
            developmentCandidate: try date(.candidateDate), probationary: try date(.probationaryDate),
            full: try date(.fullDate))
    }

    /// The status the sheet states in words: 党籍状态 if filled, else 政治面貌; and the column it came from.
    /// The two columns may differ in wording (政治面貌 中共党员 beside 党籍状态 预备 is common), not in substance:
    /// a member's standing beside 群众 is refused.
    func statedStatus() throws(RosterRowError) -> StatedStatus? {
        let standing = try word(.partyStanding, in: RosterVocabulary.standings, accepted: Message(
            zh: "只能填写“正式党员”或“预备党员”。", en: "Use 正式党员 (full) or 预备党员 (probationary)."))
        let status = try word(.politicalStatus, in: RosterVocabulary.politicalStatuses, accepted: Message(
            zh: "可填写：中共党员、中共预备党员、发展对象、入党积极分子、入党申请人、共青团员、群众。",
            en: "Use one of: 中共党员 (full member), 中共预备党员 (probationary), 发展对象, 入党积极分子, 入党申请人, 共青团员, 群众."))
        if let standing {
            if let status, !status.isPartyMember {
                let said = text(.politicalStatus) ?? ""
                throw fail(.partyStanding, zh: "党籍状态与政治面貌“\(said)”矛盾",
                           en: "The membership standing contradicts the political status “\(said)”")
            }
            return StatedStatus(status: standing, field: .partyStanding)
        }
        return status.map { StatedStatus(status: $0, field: .politicalStatus) }
    }

    /// 党内职务 such as 支部书记 or 支部书记、组织委员 (the first known seat counts). Posts the committee
    /// does not have (党小组长, 党员) are left out rather than refused: the column is often free text.
    func committeeRole() -> CommitteeRole? {
        guard let text = text(.partyPost) else { return nil }
        let parts = text.split { "、,，/;；".contains($0) || $0.isWhitespace }
        return parts.lazy.compactMap { RosterVocabulary.lookup(String($0), in: RosterVocabulary.committeeRoles) }.first
    }
}

/// A status written in the sheet, with the column that says it (blamed if the dates contradict it).
struct StatedStatus {
    var status: PoliticalStatus
    var field: RosterField
}
