/// A new ledger line as typed, checked before it is stored.
public struct DuesLedgerDraft: Equatable, Sendable {
    public var kind: DuesLedgerKind
    public var amount: Int
    public var occurredOn: LocalDate
    public var counterparty: String?
    public var purpose: String
    public var approvalReference: String?
    public var documents: [String]

    public init(kind: DuesLedgerKind, amount: Int, occurredOn: LocalDate, counterparty: String? = nil, purpose: String,
                approvalReference: String? = nil, documents: [String] = []) {
        self.kind = kind; self.amount = amount; self.occurredOn = occurredOn; self.counterparty = counterparty
        self.purpose = purpose; self.approvalReference = approvalReference; self.documents = documents
    }

    public static let textLimit = 200

    /// Trims the texts; refuses a non-positive amount, a day in the future, and a use of dues without approval.
    public func validated(today: LocalDate) throws -> DuesLedgerDraft {
        var d = self
        func clean(_ s: String?) -> String? {
            let t = s?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            return t.isEmpty ? nil : t
        }
        d.counterparty = clean(counterparty); d.approvalReference = clean(approvalReference)
        d.purpose = clean(purpose) ?? ""
        d.documents = documents.compactMap(clean)
        if amount <= 0 || amount > Fen.limit {
            throw DomainError.invalid(field: "amount", message: Message(zh: "金额应大于0（元，最多两位小数）", en: "The amount must be above 0 (yuan, 2 decimals at most)"))
        }
        if occurredOn > today {
            throw DomainError.invalid(field: "occurredOn", message: Message(zh: "日期不能晚于今天", en: "The day cannot be after today"))
        }
        if d.purpose.isEmpty || d.purpose.count > Self.textLimit {
            throw DomainError.invalid(field: "purpose", message: Message(zh: "请填写摘要（不超过\(Self.textLimit)字）", en: "Describe the line (at most \(Self.textLimit) characters)"))
        }
        if kind.needsApproval && d.approvalReference == nil {
            throw DomainError.invalid(field: "approvalReference", message: Message(
                zh: "使用、下拨和慰问须经批准，请填写批准文号", en: "Spending, allocating and relief need an approval: give its reference"))
        }
        if [d.counterparty, d.approvalReference].contains(where: { ($0?.count ?? 0) > Self.textLimit }) || d.documents.count > 20 {
            throw DomainError.invalid(field: "documents", message: Message(zh: "内容过长", en: "Too long"))
        }
        return d
    }
}
