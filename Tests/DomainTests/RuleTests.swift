@testable import Domain
import Foundation
import Testing

/// The root of the suites for the pure rules (STYLE.md §4.9): each file adds one nested suite.
/// Every date and instant is written out; nothing reads the wall clock.
@Suite struct RuleTests {}

/// Worked-example values shared by the rule suites.
enum RuleFixture {
    /// A calendar date written in ISO form; the test fails (not traps) if the example is mistyped.
    static func date(_ iso: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> LocalDate {
        try #require(LocalDate(iso: iso), "not a date: \(iso)", sourceLocation: sourceLocation)
    }

    /// 2026-01-01T00:00:00Z.
    static let t0 = Date(timeIntervalSince1970: 1_767_225_600)

    static func uuid(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", n))! }
    static let school1 = School.ID(uuid(1))
    static let school2 = School.ID(uuid(2))
    static let person = Person.ID(uuid(100))
}

extension DomainError {
    /// The field of an `.invalid` refusal, or nil for any other error.
    var invalidField: String? {
        if case .invalid(let field, _) = self { field } else { nil }
    }

    /// The message of an `.invalid` refusal, or nil for any other error.
    var invalidMessage: Message? {
        if case .invalid(_, let message) = self { message } else { nil }
    }
}
