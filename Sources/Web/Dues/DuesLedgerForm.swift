import Domain
import Foundation
import Vapor

/// A new ledger line as typed (form or JSON), kept whole so that a refused one comes back as it was.
struct DuesLedgerForm: Content {
    var org: String?
    var kind: String?
    /// 元 as typed, e.g. `120000` or `35.50`.
    var amount: String?
    var occurredOn: String?
    var counterparty: String?
    var purpose: String?
    var approvalReference: String?
    /// One name per line (form); the API sends an array in `documentNames`.
    var documents: String?
    var documentNames: [String]?
    var submission: String?

    func draft() throws -> DuesLedgerDraft {
        guard let kind = kind.flatMap(DuesLedgerKind.init(rawValue:)) else {
            throw DomainError.invalid(field: "kind", message: Message(zh: "请选择收支类型", en: "Choose the kind"))
        }
        guard let amount = try Request.yuan(amount, field: "amount") else {
            throw DomainError.invalid(field: "amount", message: Message(zh: "请填写金额（元）", en: "Give the amount in yuan"))
        }
        guard let day = occurredOn.flatMap(LocalDate.init(iso:)) else {
            throw DomainError.invalid(field: "occurredOn", message: Message(zh: "日期格式应为YYYY-MM-DD", en: "occurredOn must be YYYY-MM-DD"))
        }
        let names = documentNames ?? (documents ?? "").split(whereSeparator: \.isNewline).map(String.init)
        return DuesLedgerDraft(kind: kind, amount: amount, occurredOn: day, counterparty: counterparty, purpose: purpose ?? "",
                               approvalReference: approvalReference, documents: names)
    }
}
