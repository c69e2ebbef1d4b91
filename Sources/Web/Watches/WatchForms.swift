import Domain
import Foundation
import Vapor

/// Putting a student on watch by hand, as typed; kept whole so a refusal shows it again.
struct WatchOpenForm: Content {
    var person: String?
    var reason: String?
    /// The form's one-time token: a second press of the button opens one watch.
    var submission: String? = UUID().uuidString

    init(person: Person.ID? = nil) { self.person = person?.rawValue.uuidString }

    var personID: Person.ID? { person.flatMap(UUID.init(uuidString:)).map { Person.ID($0) } }
}

/// A follow-up as the page's form sends it; an untouched select arrives empty.
struct FollowUpForm: Content {
    var method: String?
    var result: String?
    var note: String?
    /// `YYYY-MM-DDTHH:MM` in the school's time zone; empty for now.
    var happenedAt: String?
    var submission: String? = UUID().uuidString

    func draft(timeZone: TimeZone) throws -> FollowUpDraft {
        var when: Date?
        if let text = happenedAt?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            guard let parsed = LocalDateTime.parse(text, in: timeZone) else {
                throw DomainError.invalid(field: "happenedAt", message: Message(zh: "时间格式应为 YYYY-MM-DD HH:MM", en: "Write the time as YYYY-MM-DD HH:MM"))
            }
            when = parsed
        }
        return FollowUpDraft(method: try Self.code(method, field: "method"), result: try Self.code(result, field: "result"),
                             note: note ?? "", happenedAt: when)
    }

    /// A code, or nil when none was chosen (the rule then says what is missing); an unknown code is refused.
    static func code<T: RawRepresentable>(_ text: String?, field: String) throws -> T? where T.RawValue == String {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        guard let value = T(rawValue: text) else {
            throw DomainError.invalid(field: field, message: Message(zh: "选项无效", en: "Unknown choice: \(text)"))
        }
        return value
    }
}

/// Closing a watch: the reason's code and, for "other", the words.
struct WatchCloseForm: Content {
    var reason: String?
    var text: String?

    func closing() throws -> WatchClosing? {
        let reason: WatchClosing.Reason? = try FollowUpForm.code(reason, field: "reason")
        return reason.map { WatchClosing(reason: $0, text: text ?? "") }
    }
}
