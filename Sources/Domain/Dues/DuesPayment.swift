import Foundation
import Tagged

/// 党费交纳记录: one member's dues for one month (one row per member and month), as the branch recorded it.
/// The organisation never pays on a member's behalf nor deducts from pay: a row records money the member paid.
public struct DuesPayment: Identifiable, Equatable, Sendable {
    public typealias ID = Tagged<DuesPayment, UUID>
    public var id: ID
    public var schoolID: School.ID
    public var personID: Person.ID
    /// The member's branch when it was recorded.
    public var organizationID: Organization.ID?
    public var month: YearMonth
    /// In 分.
    public var amount: Int
    /// 年薪制: the month's actual pay (分) the amount was reckoned on.
    public var actualPay: Int?
    public var method: DuesPaymentMethod
    public var paidAt: Date
    public var recordedBy: String
    public var recordedAt: Date
    public var note: String?

    public init(id: ID, schoolID: School.ID, personID: Person.ID, organizationID: Organization.ID?, month: YearMonth,
                amount: Int, actualPay: Int? = nil, method: DuesPaymentMethod, paidAt: Date, recordedBy: String,
                recordedAt: Date, note: String? = nil) {
        self.id = id; self.schoolID = schoolID; self.personID = personID; self.organizationID = organizationID
        self.month = month; self.amount = amount; self.actualPay = actualPay; self.method = method; self.paidAt = paidAt
        self.recordedBy = recordedBy; self.recordedAt = recordedAt; self.note = note
    }

    /// Paid on time: recorded no later than the last day of its month (in the school's time zone). Earns points.
    public func isOnTime(in zone: TimeZone) -> Bool { YearMonth(LocalDate(recordedAt, in: zone)) <= month }
}
