@testable import Domain
import Testing

extension RuleTests {
    @Suite struct PersonDraftTests {
        @Test func validated_stages_setPoliticalStatusFromLatest() throws {
            // setup
            let draft = PersonDraft(number: "2022010101", name: "张三", kind: .student, politicalStatus: .masses,
                                    stages: StageDates(application: try RuleFixture.date("2023-09-10"),
                                                       activist: try RuleFixture.date("2024-03-01")))
            // MUT
            let validated = try draft.validated()
            // validate
            #expect(validated.politicalStatus == .activist)
        }

        @Test func validated_noStages_keepsGivenStatus() throws {
            #expect(try PersonDraft(number: "1", name: "李四", kind: .student, politicalStatus: .leagueMember)
                .validated().politicalStatus == .leagueMember)
        }

        @Test func validated_numberAndName_trimmed() throws {
            // MUT
            let validated = try PersonDraft(number: " 2022010101 ", name: "\u{3000}王五 ", kind: .staff).validated()
            // validate
            #expect(validated.number == "2022010101")
            #expect(validated.name == "王五")
        }

        @Test(arguments: ["", "   "])
        func validated_emptyNumber_refused(_ number: String) {
            let error = #expect(throws: DomainError.self) {
                try PersonDraft(number: number, name: "张三", kind: .student).validated()
            }
            #expect(error?.invalidField == "number")
        }

        @Test(arguments: ["", " \t", String(repeating: "名", count: 51)])
        func validated_emptyOrLongName_refused(_ name: String) {
            let error = #expect(throws: DomainError.self) {
                try PersonDraft(number: "2022010101", name: name, kind: .student).validated()
            }
            #expect(error?.invalidField == "name")
        }

        @Test func validated_fiftyCharacterName_accepted() throws {
            _ = try PersonDraft(number: "1", name: String(repeating: "名", count: 50), kind: .student).validated()
        }

        @Test func validated_dualLeaderNotSecretary_refused() {
            let error = #expect(throws: DomainError.self) {
                try PersonDraft(number: "T001", name: "赵六", kind: .staff, committeeRole: .deputySecretary,
                                isDualLeader: true).validated()
            }
            #expect(error?.invalidField == "isDualLeader")
            #expect(error?.invalidMessage?.zh == "双带头人须为支部书记")
        }

        @Test func validated_dualLeaderWithoutCommitteeSeat_refused() {
            #expect(throws: DomainError.self) {
                try PersonDraft(number: "T001", name: "赵六", kind: .staff, isDualLeader: true).validated()
            }
        }

        @Test func validated_dualLeaderSecretary_accepted() throws {
            _ = try PersonDraft(number: "T001", name: "赵六", kind: .staff, committeeRole: .secretary,
                                isDualLeader: true).validated()
        }

        /// 110101200806010018 (sum 114, mod 11 = 4 → 8): born 2008-06-01, so 17 on 2025-09-01.
        @Test func validated_birthDateFromIDNumber_usedForAgeRule() throws {
            // setup
            let draft = PersonDraft(number: "2025010101", name: "孙七", kind: .student,
                                    idNumber: try IDNumber("110101200806010018"),
                                    stages: StageDates(application: try RuleFixture.date("2025-09-01")))
            // MUT
            let error = #expect(throws: DomainError.self) { try draft.validated() }
            // validate
            #expect(error?.invalidMessage?.zh.contains("年满十八岁") == true)
        }

        @Test func validated_noBirthDate_takenFromIDNumber() throws {
            // setup
            let draft = PersonDraft(number: "1", name: "周八", kind: .staff, idNumber: try IDNumber("11010519491231002X"))
            // MUT / validate
            #expect(try draft.validated().birthDate == LocalDate(year: 1949, month: 12, day: 31))
        }

        @Test func validated_stageTooEarly_refused() throws {
            // setup
            let draft = PersonDraft(number: "1", name: "吴九", kind: .student,
                                    stages: StageDates(probationary: try RuleFixture.date("2025-01-01"),
                                                       full: try RuleFixture.date("2025-06-01")))
            // MUT / validate
            let error = #expect(throws: DomainError.self) { try draft.validated() }
            #expect(error?.invalidField == "full")
        }
    }
}
