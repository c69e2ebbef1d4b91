import Domain
import Vapor

/// Maps the domain's errors onto HTTP once, for pages and API alike.
extension DomainError: AbortError {
    public var status: HTTPResponseStatus {
        switch self {
        case .notFound: .notFound
        case .forbidden: .forbidden
        case .invalid: .unprocessableEntity
        case .conflict: .conflict
        case .unauthenticated: .unauthorized
        }
    }

    public var reason: String { message(.en) }

    /// The code clients match on: stable, English, snake_case.
    var code: String {
        switch self {
        case .notFound: "not_found"
        case .forbidden: "forbidden"
        case .invalid: "invalid"
        case .conflict: "conflict"
        case .unauthenticated: "unauthenticated"
        }
    }

    func message(_ locale: Message.Locale) -> String {
        let strings = locale == .en ? Strings.en : Strings.zh
        switch self {
        case .notFound: return strings.errorExplanation(404)
        case .forbidden: return strings.errorExplanation(403)
        case .invalid(_, let message), .conflict(let message), .unauthenticated(let message): return message.text(locale)
        }
    }

    var field: String? { if case .invalid(let field, _) = self { field } else { nil } }
}
