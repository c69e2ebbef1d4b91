import Domain
import Persistence
import Vapor

extension Request {
    /// The organisation a dues page is about (`?org=`, 404 outside the scope), or the actor's first one.
    func duesOrganization() async throws -> Organization? {
        try await stores.dues.organization(try optionalID("org"), scope: try actor.scope)
    }

    /// A month written `YYYY-MM` in the query or a form.
    static func yearMonth(_ text: String?, field: String) throws -> YearMonth {
        guard let text, let month = YearMonth(iso: text.trimmingCharacters(in: .whitespaces)) else {
            throw DomainError.invalid(field: field, message: Message(zh: "月份格式应为YYYY-MM", en: "\(field) must be YYYY-MM"))
        }
        return month
    }

    /// An amount in 元 as typed (`3000.01`); nil when left empty; refused when malformed.
    static func yuan(_ text: String?, field: String) throws -> Int? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        guard let fen = Fen.parse(yuan: text) else {
            throw DomainError.invalid(field: field, message: Message(zh: "金额应为元，最多两位小数，如3000.01", en: "\(field): yuan with at most 2 decimals, e.g. 3000.01"))
        }
        return fen
    }
}
