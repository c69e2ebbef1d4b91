import Domain

/// An organisation's dues for a year: its members, each with their statement and the year's profile.
public struct DuesSheet: Sendable {
    public var organization: Organization
    public var year: Int
    public var current: YearMonth
    public var members: [DuesMember]
    public var statements: [Person.ID: DuesStatement]
    public var profiles: [Person.ID: DuesProfile]

    /// Paid and still owed over the sheet (this month included).
    public var paidTotal: Int { statements.values.reduce(0) { $0 + $1.paidTotal } }
    public var owedTotal: Int { statements.values.reduce(0) { $0 + $1.owedTotal } }
}

/// A member's arrears as the arrears list shows them.
public struct DuesArrearsLine: Sendable {
    public var member: DuesMember
    public var arrears: DuesArrears
}
