/// From when a member owes dues: the month the branch general meeting admitted them (预备党员 pay from that
/// day, so the month of admission counts) or the month they joined their branch, whichever is later. Nothing is
/// owed before, and nothing by people who are not (yet) members.
public enum DuesObligation {
    /// nil for a non-member. A member without an admission date (an old record) owes from joining the branch, or
    /// from whenever the statement starts.
    public static func firstMonth(isMember: Bool, admitted: LocalDate?, joinedBranch: LocalDate?) -> YearMonth? {
        guard isMember else { return nil }
        let dates = [admitted, joinedBranch].compactMap { $0 }
        return dates.max().map(YearMonth.init) ?? YearMonth(year: 1900, month: 1)
    }

    /// The months of `year` a member owes up to `current`: from the later of January and their first month.
    public static func months(in year: Int, first: YearMonth?, through current: YearMonth) -> [YearMonth] {
        guard let first, let january = YearMonth(year: year, month: 1) else { return [] }
        return YearMonth.range(max(january, first), through: min(january.adding(months: 11), current))
    }
}
