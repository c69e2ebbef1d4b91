@testable import Domain
import Foundation
import Testing

extension RuleTests {
    @Suite struct AuditEventTests {
        static let base = AuditEvent(sequence: 7, schoolID: RuleFixture.school1, at: RuleFixture.t0 + 0.123,
                                     actorLogin: "alice", action: .loginFailed, target: "account:alice",
                                     result: .failure, address: "10.0.0.1", detail: "bad password")

        @Test func canonical_workedExample() {
            #expect(Self.base.canonical(previousHash: "abc") ==
                    "7|00000000-0000-0000-0000-000000000001|1767225600123|alice|login_failed|account:alice|failure|10.0.0.1|bad password|abc")
        }

        @Test func canonical_noSchool_dash() {
            // setup
            var event = Self.base
            event.schoolID = nil
            // validate
            #expect(event.canonical(previousHash: "").hasPrefix("7|-|"))
        }

        static let changes: [(String, @Sendable (inout AuditEvent) -> Void)] = [
            ("sequence", { $0.sequence = 8 }),
            ("schoolID", { $0.schoolID = RuleFixture.school2 }),
            ("schoolID nil", { $0.schoolID = nil }),
            ("at, 1 ms", { $0.at += 0.001 }),
            ("actorLogin", { $0.actorLogin = "bob" }),
            ("action", { $0.action = .loginSucceeded }),
            ("target", { $0.target = "account:bob" }),
            ("result", { $0.result = .success }),
            ("address", { $0.address = "10.0.0.2" }),
            ("detail", { $0.detail = "" }),
        ]

        @Test func canonical_anyFieldChanged_differs() {
            // setup
            let original = Self.base.canonical(previousHash: "abc")
            for (name, change) in Self.changes {
                var event = Self.base
                // MUT
                change(&event)
                // validate
                #expect(event.canonical(previousHash: "abc") != original, "\(name)")
            }
            #expect(Self.base.canonical(previousHash: "abd") != original)
        }

        @Test func canonical_pipeInField_escaped() {
            // setup
            var event = Self.base
            event.target = "a|b"
            // validate
            #expect(event.canonical(previousHash: "h").contains("|a\\|b|"))
        }

        /// Moving a separator from one field into the next must not give the same text.
        @Test func canonical_separatorShiftedBetweenFields_differs() {
            // setup
            var first = Self.base, second = Self.base
            first.target = "a|b"; first.address = "c"
            second.target = "a"; second.address = "b|c"
            var third = Self.base, fourth = Self.base
            third.target = "a\\"; third.address = "|b"
            fourth.target = "a\\|"; fourth.address = "b"
            // validate
            #expect(first.canonical(previousHash: "h") != second.canonical(previousHash: "h"))
            #expect(third.canonical(previousHash: "h") != fourth.canonical(previousHash: "h"))
        }
    }
}
