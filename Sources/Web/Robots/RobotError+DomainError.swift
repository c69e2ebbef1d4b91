import Domain
import Robots

extension RobotError {
    /// A refused address or secret as a form error on the field it concerns, in both languages.
    var domainError: DomainError {
        .invalid(field: code.hasPrefix("secret") ? "secret" : "url", message: Message(zh: zh, en: en))
    }
}
