import Domain
import Foundation

/// What one recording stored: its payments, and for a whole-branch month the members it left alone (already
/// paid: skipped and reported; 年薪制 or without a base: to be recorded one by one). `created` is false when an
/// Idempotency-Key or form token was replayed and nothing new was stored.
public struct DuesRecording: Sendable {
    public var payments: [DuesPayment]
    public var alreadyPaid: [DuesMember]
    public var individually: [DuesMember]
    public var created: Bool

    public var total: Int { payments.reduce(0) { $0 + $1.amount } }
}

/// One member's payment as the recorder enters it: the months (补交 at most six back), how and when it was paid,
/// and for 年薪制 the month's actual pay. The amount is never typed: the rule computes it.
public struct DuesPaymentInput: Sendable, Equatable {
    public var person: Person.ID
    public var months: [YearMonth]
    public var method: DuesPaymentMethod
    public var paidAt: Date?
    public var actualPay: Int?
    public var note: String?

    public init(person: Person.ID, months: [YearMonth], method: DuesPaymentMethod, paidAt: Date? = nil, actualPay: Int? = nil, note: String? = nil) {
        self.person = person; self.months = Array(Set(months)).sorted(); self.method = method; self.paidAt = paidAt
        self.actualPay = actualPay; self.note = note
    }
}
