import Foundation
import Tagged

/// One line of an organisation's dues ledger (党费使用 / 下拨). Append-only: a correction is a new line.
public struct DuesLedgerEntry: Identifiable, Equatable, Sendable {
    public typealias ID = Tagged<DuesLedgerEntry, UUID>
    public var id: ID
    public var schoolID: School.ID
    public var organizationID: Organization.ID
    public var kind: DuesLedgerKind
    /// In 分, always positive; the kind says which way it goes.
    public var amount: Int
    public var occurredOn: LocalDate
    /// The other party: the organisation above or below, the unit allocated to, the member relieved.
    public var counterparty: String?
    public var purpose: String
    /// The approval (e.g. 校党委会议纪要〔2026〕8号); required for spending, allocating and relief.
    public var approvalReference: String?
    /// Names of the supporting documents (批复、签收单、发票).
    public var documents: [String]
    public var recordedBy: String
    public var recordedAt: Date

    public init(id: ID, schoolID: School.ID, organizationID: Organization.ID, draft: DuesLedgerDraft, recordedBy: String, recordedAt: Date) {
        self.id = id; self.schoolID = schoolID; self.organizationID = organizationID; self.kind = draft.kind
        self.amount = draft.amount; self.occurredOn = draft.occurredOn; self.counterparty = draft.counterparty
        self.purpose = draft.purpose; self.approvalReference = draft.approvalReference; self.documents = draft.documents
        self.recordedBy = recordedBy; self.recordedAt = recordedAt
    }

    public var year: Int { occurredOn.year }

    /// The amount with its sign in the balance: + in, − out, 0 for a memo.
    public var signedAmount: Int {
        switch kind.direction {
        case .inflow: amount
        case .outflow: -amount
        case .memo: 0
        }
    }
}
