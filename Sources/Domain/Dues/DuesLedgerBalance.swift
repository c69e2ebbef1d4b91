/// An organisation's dues for one year: what it carried over, each kind's total, and what it holds at the end.
public struct DuesLedgerBalance: Equatable, Sendable {
    public var organizationID: Organization.ID
    public var year: Int
    /// The net of every earlier year.
    public var opening: Int
    public var totals: [DuesLedgerKind: Int]

    public init(organizationID: Organization.ID, year: Int, opening: Int, totals: [DuesLedgerKind: Int]) {
        self.organizationID = organizationID; self.year = year; self.opening = opening; self.totals = totals
    }

    public var inflow: Int { total(.inflow) }
    public var outflow: Int { total(.outflow) }
    public var closing: Int { opening + inflow - outflow }

    private func total(_ direction: DuesLedgerKind.Direction) -> Int {
        totals.filter { $0.key.direction == direction }.values.reduce(0, +)
    }

    /// From sums per (year, kind) of one organisation, as the store reads them.
    public static func of(_ organizationID: Organization.ID, year: Int, sums: [(year: Int, kind: DuesLedgerKind, amount: Int)]) -> DuesLedgerBalance {
        var opening = 0, totals: [DuesLedgerKind: Int] = [:]
        for sum in sums {
            if sum.year < year {
                switch sum.kind.direction {
                case .inflow: opening += sum.amount
                case .outflow: opening -= sum.amount
                case .memo: break
                }
            } else if sum.year == year {
                totals[sum.kind, default: 0] += sum.amount
            }
        }
        return DuesLedgerBalance(organizationID: organizationID, year: year, opening: opening, totals: totals)
    }
}
