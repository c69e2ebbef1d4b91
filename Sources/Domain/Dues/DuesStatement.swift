/// One member's months over a span (a year, or longer for arrears across year ends): each month's status,
/// amount and rule, from their profiles, approved reductions and payments. Pure, so the page, the API and the
/// arrears list all judge alike.
public struct DuesStatement: Equatable, Sendable {
    public struct Line: Equatable, Sendable {
        public var month: YearMonth
        public var status: DuesMonthStatus
        /// The rule by the year's profile (nil when unassessed or not due).
        public var rate: DuesRate?
        public var paymentID: DuesPayment.ID?
    }

    public var personID: Person.ID
    public var lines: [Line]

    /// The facts of one member that a statement is built from.
    public struct Facts: Sendable {
        public var personID: Person.ID
        public var kind: Person.Kind
        public var firstMonth: YearMonth?
        public var profiles: [Int: DuesProfile]
        public var reductions: [DuesReduction]
        public var payments: [DuesPayment]

        public init(personID: Person.ID, kind: Person.Kind, firstMonth: YearMonth?, profiles: [Int: DuesProfile] = [:],
                    reductions: [DuesReduction] = [], payments: [DuesPayment] = []) {
            self.personID = personID; self.kind = kind; self.firstMonth = firstMonth; self.profiles = profiles
            self.reductions = reductions; self.payments = payments
        }

        /// The year's profile; a student member without one pays the students' amount.
        public func profile(for year: Int) -> DuesProfile? {
            profiles[year] ?? (kind == .student ? DuesProfile.studentDefault(personID, year: year) : nil)
        }
    }

    public static func build(_ facts: Facts, months: [YearMonth], current: YearMonth,
                             table: DuesRateTable = .standard) -> DuesStatement {
        let paid = Dictionary(facts.payments.map { ($0.month, $0) }, uniquingKeysWith: { first, _ in first })
        let inForce = facts.reductions.filter(\.isInForce)
        let lines = months.map { month -> Line in
            let rate = facts.profile(for: month.year).flatMap { try? $0.rate(actualPay: paid[month]?.actualPay, table: table) }
            if let payment = paid[month] {
                return Line(month: month, status: .paid(amount: payment.amount), rate: rate, paymentID: payment.id)
            }
            guard let first = facts.firstMonth, first <= month else { return Line(month: month, status: .notDue) }
            if month > current { return Line(month: month, status: .upcoming, rate: rate) }
            let reduction = inForce.last { $0.covers(month) }
            if reduction?.kind == .exempt { return Line(month: month, status: .exempt, rate: rate) }
            if let amount = reduction?.amount { return Line(month: month, status: .owed(amount: amount, reduced: true), rate: rate) }
            guard let rate else { return Line(month: month, status: .unassessed) }
            return Line(month: month, status: .owed(amount: rate.amount, reduced: false), rate: rate)
        }
        return DuesStatement(personID: facts.personID, lines: lines)
    }

    public func line(_ month: YearMonth) -> Line? { lines.first { $0.month == month } }

    public var paidTotal: Int {
        lines.reduce(0) { if case .paid(let a) = $1.status { $0 + a } else { $0 } }
    }

    /// Owed and unpaid, this month included.
    public var owedTotal: Int {
        lines.reduce(0) { if case .owed(let a, _) = $1.status { $0 + a } else { $0 } }
    }
}
