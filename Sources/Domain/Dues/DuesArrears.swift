/// 欠交: the months a member owed and has not paid, before the current month (which may still be paid on time),
/// and the run of consecutive unpaid months up to last month. Three in a row is a warning; six is the case of
/// 党章 Article 9, flagged for the branch to handle. Nothing ever removes anyone.
public struct DuesArrears: Equatable, Sendable {
    public enum Flag: Int, Comparable, CaseIterable, Sendable {
        case none = 0, threeMonths = 3, sixMonths = 6
        public static func < (a: Flag, b: Flag) -> Bool { a.rawValue < b.rawValue }

        public var label: Message {
            switch self {
            case .none: Message(zh: "", en: "")
            case .threeMonths: Message(zh: "连续3个月未交", en: "3 months unpaid in a row")
            case .sixMonths: Message(zh: "连续6个月未交（党章第九条，请支部按规定处理）",
                                     en: "6 months unpaid in a row (Party Constitution Art. 9: for the branch to handle)")
            }
        }
    }

    public var personID: Person.ID
    /// Unpaid months before `current`, oldest first.
    public var months: [YearMonth]
    /// Their amounts (分); unassessed months count in `months` but add nothing here.
    public var amount: Int
    /// Consecutive unpaid months ending with last month.
    public var consecutive: Int
    public var flag: Flag

    public static func of(_ statement: DuesStatement, current: YearMonth) -> DuesArrears {
        let past = statement.lines.filter { $0.month < current }
        let unpaid = past.filter { $0.isUnpaid }
        var run = 0
        var month = current.adding(months: -1)
        while let line = statement.line(month), line.isUnpaid { run += 1; month = month.adding(months: -1) }
        let amount = unpaid.reduce(0) { if case .owed(let a, _) = $1.status { $0 + a } else { $0 } }
        return DuesArrears(personID: statement.personID, months: unpaid.map(\.month), amount: amount, consecutive: run,
                           flag: run >= 6 ? .sixMonths : run >= 3 ? .threeMonths : .none)
    }
}

extension DuesStatement.Line {
    /// Owed and not paid (with or without a known amount).
    var isUnpaid: Bool {
        switch status {
        case .owed, .unassessed: true
        default: false
        }
    }
}
