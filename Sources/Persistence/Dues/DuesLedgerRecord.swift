import Domain
import FluentKit
import Foundation

/// A row of `dues_ledger_entries`. Documents are kept as one JSON array of names.
final class DuesLedgerRecord: Model, @unchecked Sendable {
    static let schema = "dues_ledger_entries"
    @ID(key: .id) var id: UUID?
    @Field(key: "school_id") var schoolID: UUID
    @Field(key: "organization_id") var organizationID: UUID
    @Field(key: "organization_path") var organizationPath: String
    @Field(key: "year") var year: Int
    @Field(key: "kind") var kind: String
    @Field(key: "amount") var amount: Int64
    @Field(key: "occurred_on") var occurredOn: String
    @OptionalField(key: "counterparty") var counterparty: String?
    @Field(key: "purpose") var purpose: String
    @OptionalField(key: "approval_reference") var approvalReference: String?
    @Field(key: "documents") var documents: String
    @Field(key: "recorded_by") var recordedBy: String
    @Field(key: "recorded_at") var recordedAt: Date
    @Field(key: "submission_key") var submissionKey: String

    init() {}

    convenience init(_ e: DuesLedgerEntry, path: TreePath, key: String) {
        self.init()
        id = e.id.rawValue; schoolID = e.schoolID.rawValue; organizationID = e.organizationID.rawValue; organizationPath = path.rawValue
        year = e.year; kind = e.kind.rawValue; amount = Int64(e.amount); occurredOn = e.occurredOn.iso; counterparty = e.counterparty
        purpose = e.purpose; approvalReference = e.approvalReference; documents = JSONCoding.encode(e.documents)
        recordedBy = e.recordedBy; recordedAt = e.recordedAt; submissionKey = key
    }

    var domain: DuesLedgerEntry {
        let draft = DuesLedgerDraft(kind: DuesLedgerKind(rawValue: kind) ?? .spent, amount: Int(amount),
                                    occurredOn: LocalDate(iso: occurredOn) ?? LocalDate(recordedAt, in: .current),
                                    counterparty: counterparty, purpose: purpose, approvalReference: approvalReference,
                                    documents: JSONCoding.decode([String].self, documents) ?? [])
        return DuesLedgerEntry(id: .init(id!), schoolID: .init(schoolID), organizationID: .init(organizationID), draft: draft,
                               recordedBy: recordedBy, recordedAt: recordedAt)
    }
}
