import Domain
import Foundation
import Persistence
import Testing
import Vapor
@testable import Web

extension AllTests {
    /// The student's report of today through real HTTP: the form prefilled with the last answers, one tap to report,
    /// a double tap and an unchanged resubmission keeping one report, a bad answer shown beside its question, and
    /// the health consent deciding which questions are asked.
    @Suite struct ReportPagesTests {
        static let answers = ["q_health": "well", "q_location": "campus", "q_risk": "no", "q_temperature": "36.6"]

        @Test func student_reportsInOneTap_andAnUnchangedResubmissionKeepsOneReport() async throws {
            let clock = ManualClock(ReportPagesWorld.morning)
            try await withApp(clock: clock, demoMode: true) { app in
                // setup: yesterday (the 19th) reported with these answers, consent given
                let student = try Browser(app)
                _ = try await student.login("student1")
                try await student.post("/reports/consent", form: [:])
                let yesterday = try await student.post("/reports/today", form: Self.answers.merging(["submission": UUID().uuidString]) { a, _ in a })
                #expect(yesterday.status == .seeOther)
                clock.advance(by: 86_400)
                _ = try await student.login("student1")
                // MUT: the page of the 20th, then one tap on its button, twice (a double tap), then once more
                let page = try await student.get("/reports/today")
                let fields = ReportPagesWorld.reportFields(in: page.body.string)
                let first = try await student.post("/reports/today", form: fields)
                let doubleTap = try await student.post("/reports/today", form: fields)
                let after = try await student.get(first.headers.first(name: .location) ?? "/reports/today")
                let again = try await student.post("/reports/today", form: ReportPagesWorld.reportFields(in: after.body.string))
                // validate
                #expect(page.status == .ok)
                #expect(page.body.string.contains("今日无变化，提交"))
                #expect(page.body.string.contains("今日尚未上报"))
                for (name, value) in Self.answers { #expect(fields[name] == value, "\(name) prefilled") }
                #expect(fields["submission"]?.isEmpty == false)
                #expect(first.status == .seeOther && doubleTap.status == .seeOther && again.status == .seeOther)
                #expect(after.body.string.contains("上报成功") && after.body.string.contains("今日已于 08:00 上报"))
                let stored = try await app.stores.dailyReports.reports(of: ReportPagesWorld.student.id, scope: .system, limit: 3)
                let today = try #require(stored.first)
                #expect(today.day == LocalDate(iso: "2026-11-20"))
                #expect(today.revision == 2, "the double tap stored one report; the later submission revised it")
                #expect(today.answers.values == ["health": "well", "location": "campus", "risk": "no", "temperature": "36.6"])
                #expect(stored.filter { $0.day == today.day }.count == 1)
            }
        }

        @Test func badNumber_isShownBesideItsQuestion_withWhatWasTyped() async throws {
            try await withApp(clock: ManualClock(ReportPagesWorld.morning), demoMode: true) { app in
                // setup
                let student = try Browser(app)
                _ = try await student.login("student1")
                try await student.post("/reports/consent", form: [:])
                // MUT
                let answer = try await student.post("/reports/today", form: Self.answers.merging(["q_temperature": "很烫"]) { _, b in b })
                // validate
                #expect(answer.status == .unprocessableEntity)
                let html = answer.body.string
                #expect(html.contains("field invalid\" data-question=\"temperature\""))
                #expect(html.contains("体温（℃，选填）：请填写数字"))
                #expect(html.contains("value=\"很烫\""))
                let stored = try await app.stores.dailyReports.report(of: ReportPagesWorld.student.id, on: LocalDate(iso: "2026-11-19")!, scope: .system)
                #expect(stored == nil)
            }
        }

        @Test func consent_grantAndRevoke_changeWhichQuestionsAreAsked() async throws {
            try await withApp(clock: ManualClock(ReportPagesWorld.morning), demoMode: true) { app in
                // setup
                let student = try Browser(app)
                _ = try await student.login("student1")
                // MUT
                let revoked = try await student.post("/reports/consent/revoke", form: [:])
                let without = try await student.get("/reports/today").body.string
                let granted = try await student.post("/reports/consent", form: [:])
                let with = try await student.get("/reports/today").body.string
                // validate
                #expect(revoked.status == .seeOther && granted.status == .seeOther)
                #expect(!without.contains("data-question=\"temperature\"") && !without.contains("data-question=\"health\""))
                #expect(without.contains("data-question=\"location\"") && without.contains("action=\"/reports/consent\""))
                #expect(with.contains("data-question=\"temperature\"") && with.contains("data-question=\"health\""))
                #expect(with.contains("action=\"/reports/consent/revoke\""))
                #expect(try await app.stores.healthConsents.current(of: ReportPagesWorld.student.id)?.isActive == true)
            }
        }
    }
}
