import Domain
import Persistence
import Robots
import Vapor

/// What the registration form sends. The secret is never shown again, not even after a refusal.
struct RobotForm: Content {
    var name: String?
    var url: String?
    var secret: String?

    /// Recognises the address (Robots) and turns it into what the store keeps; refusals are field errors.
    func registration() throws -> RobotRegistration {
        // A typed-throws `catch let … as` crashes the Swift 6.3 compiler here ("Found ownership error"): use Result.
        switch Result(catching: { try RobotWebhook(url: url ?? "", secret: secret) }) {
        case .success(let webhook):
            return RobotRegistration(kind: webhook.kind.rawValue, name: name ?? "", url: webhook.url, secret: webhook.secret,
                                     maskedURL: webhook.masked)
        case .failure(let error):
            throw (error as? RobotError)?.domainError ?? error
        }
    }
}
