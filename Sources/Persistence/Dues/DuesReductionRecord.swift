import Domain
import FluentKit
import Foundation

/// A row of `dues_reductions`, with the member's organisation path when applied (for scope).
final class DuesReductionRecord: Model, @unchecked Sendable {
    static let schema = "dues_reductions"
    @ID(key: .id) var id: UUID?
    @Field(key: "school_id") var schoolID: UUID
    @Field(key: "person_id") var personID: UUID
    @OptionalField(key: "organization_path") var organizationPath: String?
    @Field(key: "kind") var kind: String
    @OptionalField(key: "amount") var amount: Int64?
    @Field(key: "from_month") var fromMonth: String
    @Field(key: "to_month") var toMonth: String
    @Field(key: "reason") var reason: String
    @Field(key: "status") var status: String
    @Field(key: "applied_by") var appliedBy: String
    @Field(key: "applied_at") var appliedAt: Date
    @OptionalField(key: "discussed_on") var discussedOn: String?
    @OptionalField(key: "discussion_note") var discussionNote: String?
    @OptionalField(key: "discussed_by") var discussedBy: String?
    @OptionalField(key: "approved_by") var approvedBy: String?
    @OptionalField(key: "approved_at") var approvedAt: Date?
    @OptionalField(key: "approval_reference") var approvalReference: String?
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    func apply(_ r: DuesReduction) {
        id = r.id.rawValue; schoolID = r.schoolID.rawValue; personID = r.personID.rawValue; kind = r.kind.rawValue
        amount = r.amount.map(Int64.init); fromMonth = r.from.iso; toMonth = r.to.iso; reason = r.reason; status = r.status.rawValue
        appliedBy = r.appliedBy; appliedAt = r.appliedAt; discussedOn = r.discussedOn?.iso; discussionNote = r.discussionNote
        discussedBy = r.discussedBy; approvedBy = r.approvedBy; approvedAt = r.approvedAt; approvalReference = r.approvalReference
    }

    var domain: DuesReduction {
        let from = YearMonth(iso: fromMonth) ?? YearMonth(index: 0)
        var r = DuesReduction(id: .init(id!), schoolID: .init(schoolID), personID: .init(personID),
                              kind: DuesReduction.Kind(rawValue: kind) ?? .exempt, amount: amount.map { Int($0) }, from: from,
                              to: YearMonth(iso: toMonth) ?? from, reason: reason,
                              status: DuesReduction.Status(rawValue: status) ?? .applied, appliedBy: appliedBy, appliedAt: appliedAt)
        r.discussedOn = discussedOn.flatMap(LocalDate.init(iso:)); r.discussionNote = discussionNote; r.discussedBy = discussedBy
        r.approvedBy = approvedBy; r.approvedAt = approvedAt; r.approvalReference = approvalReference
        return r
    }
}
