@testable import Domain
import Testing

extension RuleTests {
    /// The byte-level `IDNumber` and `PhoneNumber` accept the same inputs, with the same values and
    /// refusals, as the `Character`-based code they replaced (`LegacyIdentity`). The only differences are
    /// inputs where a digit carries a combining mark: the old ID check trapped on them and the old phone
    /// check accepted a value that was not ASCII; both are now refused.
    @Suite struct IdentityEquivalenceTests {
        static let idSeeds = ["11010519491231002X", "11010519491231002x", "110101199003071233", "110101199003071234",
                              "110101199002301236", "440304200002291236", "44030419000229123X", " 320102198507150024\t"]
        static let phoneSeeds = ["13812345678", "+8613812345678", "+86 138-1234-5678", "23812345678", "1381234567"]

        @Test func idNumber_everyCorpusInput_sameOutcomeAsCharacterVersion() {
            // setup
            let inputs = LegacyIdentity.corpus(seeds: Self.idSeeds + Self.phoneSeeds)
            var mismatches: [String] = [], accepted = 0
            for input in inputs {
                // MUT
                let outcome = Self.outcome { try IDNumber(input).value }
                // validate
                switch LegacyIdentity.idNumber(input) {
                case .trapped:
                    if case .accepted = outcome { mismatches.append(input.debugDescription) }
                case let legacy:
                    if outcome != legacy { mismatches.append(input.debugDescription) }
                    if case .accepted = legacy { accepted += 1 }
                }
            }
            #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
            #expect(inputs.count > 5_000 && accepted > 50)
        }

        @Test func phone_everyCorpusInput_sameOutcomeAsCharacterVersion() {
            // setup
            let inputs = LegacyIdentity.corpus(seeds: Self.phoneSeeds + Self.idSeeds)
            var mismatches: [String] = [], accepted = 0
            for input in inputs {
                // MUT
                let outcome = Self.outcome { try PhoneNumber(input).value }
                // validate
                switch LegacyIdentity.phone(input) {
                case .accepted(let value) where !value.utf8.allSatisfy({ $0 < 0x80 }):
                    if case .accepted = outcome { mismatches.append(input.debugDescription) }
                case let legacy:
                    if outcome != legacy { mismatches.append(input.debugDescription) }
                    if case .accepted = legacy { accepted += 1 }
                }
            }
            #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
            #expect(inputs.count > 5_000 && accepted > 50)
        }

        private static func outcome(_ body: () throws -> String) -> LegacyIdentity.Outcome {
            do { return .accepted(try body()) } catch let error as DomainError {
                return error.invalidMessage.map(LegacyIdentity.Outcome.refused) ?? .trapped
            } catch { return .trapped }
        }
    }
}
