@testable import Domain
import Foundation
import Testing

extension RuleTests {
    /// RULES.md §5 "Questions change with policy": a change is the next version; questions are retired, never deleted.
    @Suite struct ReportFormEditingTests {
        let form = ReportForm.standard

        @Test func revised_addQuestion_isNextVersion() throws {
            let added = ReportQuestion(id: "vaccinated", labelZh: "是否已接种", labelEn: "Vaccinated", kind: .yesNo, isRequired: false)
            let next = try form.revised(to: form.questions + [added])
            #expect(next.version == 2)
            #expect(next.asked.map(\.id).last == "vaccinated")
        }

        @Test func revised_retire_keepsTheQuestionUnasked() throws {
            var questions = form.questions
            questions[questions.firstIndex { $0.id == "temperature" }!].isRetired = true
            let next = try form.revised(to: questions)
            #expect(next.question("temperature") != nil)
            #expect(!next.asked.contains { $0.id == "temperature" })
            // A report of version 1 with a temperature still reads as before.
            #expect(next.isAbnormal(ReportAnswers(["temperature": "38"])))
        }

        @Test func revised_delete_isRefused() {
            #expect(throws: DomainError.self) { try form.revised(to: form.questions.filter { $0.id != "note" }) }
        }

        @Test(arguments: [
            ReportQuestion(id: "Bad Id", labelZh: "x", labelEn: "x", kind: .text),
            ReportQuestion(id: "health", labelZh: "重复", labelEn: "dup", kind: .text),
            ReportQuestion(id: "mood", labelZh: " ", labelEn: "Mood", kind: .text),
            ReportQuestion(id: "mood", labelZh: "心情", labelEn: "Mood", kind: .choice,
                           options: [ReportOption(id: "ok", labelZh: "好", labelEn: "OK")]),
            ReportQuestion(id: "mood", labelZh: "心情", labelEn: "Mood", kind: .text, abnormalWhen: .answer(true)),
            ReportQuestion(id: "mood", labelZh: "心情", labelEn: "Mood", kind: .choice, options: [
                ReportOption(id: "ok", labelZh: "好", labelEn: "OK"), ReportOption(id: "bad", labelZh: "差", labelEn: "Bad")],
                abnormalWhen: .options(["awful"])),
            ReportQuestion(id: "mood", labelZh: "心情", labelEn: "Mood", kind: .text,
                           requiredWhen: ReportCondition(questionID: "nothing", answer: "x")),
        ])
        func revised_badQuestion_isRefused(question: ReportQuestion) {
            #expect(throws: DomainError.self) { try form.revised(to: form.questions + [question]) }
        }

        @Test func revised_allRetired_isRefused() {
            let questions = form.questions.map { q -> ReportQuestion in var q = q; q.isRetired = true; return q }
            #expect(throws: DomainError.self) { try form.revised(to: questions) }
        }

        @Test func moving_upAndDown_staysWithinBounds() {
            let ids = { (qs: [ReportQuestion]) in qs.map(\.id) }
            #expect(ids(ReportForm.moving(form.questions, "location", by: -1)).prefix(2) == ["location", "health"])
            #expect(ids(ReportForm.moving(form.questions, "health", by: -1)) == ids(form.questions))
            #expect(ids(ReportForm.moving(form.questions, "note", by: 1)) == ids(form.questions))
        }

        @Test func standardForm_isValid() throws {
            try form.validate(keeping: nil)
        }
    }
}
