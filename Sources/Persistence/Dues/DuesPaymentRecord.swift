import Domain
import FluentKit
import Foundation

/// A row of `dues_payments`: one member, one month. `submission_key` is shared by the rows of one recording.
final class DuesPaymentRecord: Model, @unchecked Sendable {
    static let schema = "dues_payments"
    @ID(key: .id) var id: UUID?
    @Field(key: "school_id") var schoolID: UUID
    @Field(key: "person_id") var personID: UUID
    @OptionalField(key: "organization_id") var organizationID: UUID?
    @OptionalField(key: "organization_path") var organizationPath: String?
    @Field(key: "month") var month: String
    @Field(key: "amount") var amount: Int64
    @OptionalField(key: "actual_pay") var actualPay: Int64?
    @Field(key: "method") var method: String
    @Field(key: "paid_at") var paidAt: Date
    @Field(key: "recorded_by") var recordedBy: String
    @Field(key: "recorded_at") var recordedAt: Date
    @OptionalField(key: "note") var note: String?
    @Field(key: "submission_key") var submissionKey: String

    init() {}

    convenience init(_ p: DuesPayment, path: String?, key: String) {
        self.init()
        id = p.id.rawValue; schoolID = p.schoolID.rawValue; personID = p.personID.rawValue; organizationID = p.organizationID?.rawValue
        organizationPath = path; month = p.month.iso; amount = Int64(p.amount); actualPay = p.actualPay.map(Int64.init)
        method = p.method.rawValue; paidAt = p.paidAt; recordedBy = p.recordedBy; recordedAt = p.recordedAt; note = p.note
        submissionKey = key
    }

    var domain: DuesPayment {
        DuesPayment(id: .init(id!), schoolID: .init(schoolID), personID: .init(personID), organizationID: organizationID.map { .init($0) },
                    month: YearMonth(iso: month) ?? YearMonth(index: 0), amount: Int(amount), actualPay: actualPay.map { Int($0) },
                    method: DuesPaymentMethod(rawValue: method) ?? .other, paidAt: paidAt, recordedBy: recordedBy,
                    recordedAt: recordedAt, note: note)
    }
}
