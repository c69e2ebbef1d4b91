@testable import Domain
import Foundation
import Testing

extension RuleTests {
    /// RULES.md §5: a report answers the form version it was given; what a student types is checked question by
    /// question, and health questions are asked only with the student's separate consent.
    @Suite struct ReportAnsweringTests {
        let form = ReportForm.standard
        let unchanged = ["health": "well", "location": "campus", "risk": "no"]

        @Test func answers_unchangedDay_areCanonical() throws {
            let answers = try form.answers(from: unchanged.merging(["temperature": " 36.50 "]) { a, _ in a }, healthConsent: true)
            #expect(answers.values == ["health": "well", "location": "campus", "risk": "no", "temperature": "36.5"])
            #expect(!form.isAbnormal(answers))
            #expect(!form.isOffCampus(answers))
        }

        /// Each kind of bad answer names its question.
        @Test(arguments: [
            (["health": "sick"], "health"),
            (["risk": "maybe"], "risk"),
            (["temperature": "hot"], "temperature"),
            (["temperature": "33.9"], "temperature"),
            (["temperature": "43.1"], "temperature"),
            (["location": "off_campus"], "city"),
            (["shoe_size": "42"], "shoe_size"),
            (["note": String(repeating: "字", count: 201)], "note"),
        ])
        func answers_badAnswer_isRefusedWithItsField(change: [String: String], field: String) {
            let typed = unchanged.merging(change) { _, new in new }
            #expect(throws: DomainError.self) { try form.answers(from: typed, healthConsent: true) }
            do { _ = try form.answers(from: typed, healthConsent: true) } catch let DomainError.invalid(f, _) {
                #expect(f == field)
            } catch { Issue.record("unexpected \(error)") }
        }

        @Test func answers_requiredMissing_isRefused() {
            #expect(throws: DomainError.self) { try form.answers(from: ["location": "campus", "risk": "no"], healthConsent: true) }
        }

        @Test func answers_withoutConsent_skipHealthQuestions() throws {
            let answers = try form.answers(from: ["location": "campus", "risk": "no"], healthConsent: false)
            #expect(answers.values == ["location": "campus", "risk": "no"])
            #expect(form.asked(healthConsent: false).map(\.id) == ["location", "city", "risk", "note"])
        }

        @Test func answers_healthAnswerWithoutConsent_isRefusedNotDropped() {
            #expect(throws: DomainError.invalid(field: "health", message: Message(
                zh: "填写健康信息前需要先同意健康信息处理（“今日身体状况”）", en: "Health answers need your consent first (Health today)"))) {
                try form.answers(from: unchanged, healthConsent: false)
            }
        }

        @Test(arguments: ["yes", "是", "true", "1", "YES"])
        func answers_yesSpellings_areYes(text: String) throws {
            #expect(try form.answers(from: unchanged.merging(["risk": text]) { _, n in n }, healthConsent: true)["risk"] == "yes")
        }

        /// The abnormal rules of the standard form: a symptom, risk contact, or 37.3 °C and above.
        @Test(arguments: [
            (["health": "fever"], true), (["health": "cough"], true), (["risk": "yes"], true),
            (["temperature": "37.3"], true), (["temperature": "37.2"], false), (["temperature": "38"], true),
            ([:], false),
        ])
        func abnormal_rules(change: [String: String], abnormal: Bool) throws {
            let answers = try form.answers(from: unchanged.merging(change) { _, n in n }, healthConsent: true)
            #expect(form.isAbnormal(answers) == abnormal)
        }

        @Test func offCampus_withCity_isOffCampus() throws {
            let answers = try form.answers(from: unchanged.merging(["location": "off_campus", "city": "杭州"]) { _, n in n }, healthConsent: true)
            #expect(form.isOffCampus(answers))
        }

        @Test func answers_jsonRoundTrip_isStable() throws {
            let answers = try form.answers(from: unchanged.merging(["note": "宿舍/教室"]) { _, n in n }, healthConsent: true)
            #expect(answers.json == #"{"health":"well","location":"campus","note":"宿舍/教室","risk":"no"}"#)
            #expect(ReportAnswers(json: answers.json) == answers)
        }

        /// The stored form is the one `JSONEncoder` wrote with sorted keys before it was written by hand.
        @Test func answersJSON_isWhatJSONEncoderWrites() throws {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let values = ["b": "x\u{1}\u{1f}\"\\/\n\t\r\u{8}\u{c}é中🙂", "a": "1", "B": "", "q10": "宿舍/教室", "q2": "", "_": "", "": "empty key"]
            let answers = ReportAnswers(values)
            #expect(answers.json == String(decoding: try encoder.encode(values), as: UTF8.self))
            #expect(ReportAnswers(json: answers.json) == answers)
            #expect(ReportAnswers().json == "{}")
        }

        @Test func checkedAnswers_pickTheOutcomeForTheConsent() throws {
            let typed = unchanged.merging(["temperature": "38.5"]) { a, _ in a }
            let checked = CheckedAnswers(typed, form: form)
            let withConsent = try checked.outcome(healthConsent: true)
            #expect(withConsent.answers == (try form.answers(from: typed, healthConsent: true)))
            #expect(withConsent.isAbnormal && !withConsent.isOffCampus)
            #expect(withConsent.json == withConsent.answers.json)
            #expect(throws: DomainError.self) { try checked.outcome(healthConsent: false) }
        }

        @Test(arguments: [(36.5, "36.5"), (37.0, "37"), (-1.25, "-1.25"), (0.0, "0"), (38.10, "38.1"), (-0.001, "0"),
                          (-0.5, "-0.5"), (0.05, "0.05"), (36.999, "37"), (1e20, "100000000000000000000")])
        func numberText_isCanonical(number: Double, text: String) {
            #expect(ReportAnswers.text(number) == text)
        }
    }
}
