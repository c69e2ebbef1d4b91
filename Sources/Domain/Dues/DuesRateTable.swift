/// The rates of RULES.md §2 as data, so that a school whose own rule is stricter can hold another table.
/// Percentages are in basis points (50 = 0.5%); bounds are monthly bases in 分, inclusive.
public struct DuesRateTable: Equatable, Sendable {
    public struct Bracket: Equatable, Sendable {
        /// The bracket holds bases up to and including this many 分; nil for "and above".
        public var upTo: Int?
        public var basisPoints: Int
        public init(upTo: Int?, basisPoints: Int) { self.upTo = upTo; self.basisPoints = basisPoints }
    }

    /// 在职 and 年薪制 (on the month's actual pay).
    public var salary: [Bracket]
    public var retired: [Bracket]
    /// Students, members without income, laid off or on minimum allowance: a fixed amount in 分.
    public var flat: Int

    public init(salary: [Bracket], retired: [Bracket], flat: Int) {
        self.salary = salary; self.retired = retired; self.flat = flat
    }

    /// 中组部《关于中国共产党党费收缴、使用和管理的规定》(2008).
    public static let standard = DuesRateTable(
        salary: [Bracket(upTo: 300_000, basisPoints: 50), Bracket(upTo: 500_000, basisPoints: 100),
                 Bracket(upTo: 1_000_000, basisPoints: 150), Bracket(upTo: nil, basisPoints: 200)],
        retired: [Bracket(upTo: 500_000, basisPoints: 50), Bracket(upTo: nil, basisPoints: 100)],
        flat: 20)

    /// The brackets a category's base is reckoned in; empty for the flat categories.
    public func brackets(for category: DuesCategory) -> [Bracket] {
        switch category.basis {
        case .salaryBase, .actualPay: salary
        case .retiredBase: retired
        case .flat: []
        }
    }
}
