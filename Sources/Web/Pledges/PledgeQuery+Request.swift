import Domain
import Persistence
import Vapor

extension PledgeQuery {
    /// Reads the wall's filters from the query string; a malformed value is refused, never a silent "all".
    init(_ request: Request) throws {
        organizationID = try request.optionalID("org")
        if let text = request.query[String.self, at: "period"], !text.isEmpty {
            guard let period = PledgePeriod(code: text) else {
                throw DomainError.invalid(field: "period", message: Message(zh: "承诺期无效（如2026、2026H1）", en: "Unknown period (e.g. 2026, 2026H1)"))
            }
            self.period = period
        }
        if let text = request.query[String.self, at: "status"], !text.isEmpty {
            guard let status = PledgeStatus(rawValue: text) else {
                throw DomainError.invalid(field: "status", message: Message(zh: "状态无效", en: "Unknown status"))
            }
            self.status = status
        }
        page = max(1, request.query[Int.self, at: "page"] ?? 1)
    }
}
