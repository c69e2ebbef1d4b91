import Domain
import Foundation
import Persistence
import SQLKit
import Testing
import Vapor
@testable import Web

extension AllTests {
    /// RULES.md §5 through real HTTP: one report per student and day, replaced on resubmission with its history
    /// kept, stored once for a repeated key however it arrives, late after the cut-off, in the form's version.
    @Suite struct DailyReportSubmissionTests {
        @Test func sameKey_sentConcurrently_storesOneRow_andAnswersTheSame() async throws {
            try await withApp(clock: ManualClock(ReportWorld.morning), demoMode: true) { app in
                // setup
                let student = try Browser(app)
                _ = try await student.apiLogin("student1")
                _ = try await student.json(.POST, "/api/v1/daily-reports/consent")
                let key = "flaky-\(UUID().uuidString)"
                // MUT
                let answers = try await withThrowingTaskGroup(of: LiveServer.Answer.self) { group in
                    for _ in 0..<8 { group.addTask { try await student.report(key: key) } }
                    return try await group.reduce(into: []) { $0.append($1) }
                }
                // validate
                let receipts = try answers.map { try ReportWorld.decode(ReceiptBody.self, $0) }
                #expect(Set(receipts.map(\.id)).count == 1)
                #expect(answers.filter { $0.status == .created }.count == 1)
                #expect(answers.filter { $0.status == .ok && $0.headers.first(name: "Idempotent-Replayed") == "true" }.count == 7)
                #expect(receipts.allSatisfy { $0.revision == 1 && $0.day == ReportWorld.day.iso })
                #expect(try await ReportWorld.rows(app, person: ReportWorld.student.id) == 1)
                #expect(try await ReportWorld.counts(app, class: ReportWorld.studentClass).0 >= 1)
            }
        }

        @Test func sameKey_otherAnswers_isRefused() async throws {
            try await withApp(clock: ManualClock(ReportWorld.morning), demoMode: true) { app in
                let student = try Browser(app)
                _ = try await student.apiLogin("student1")
                _ = try await student.json(.POST, "/api/v1/daily-reports/consent")
                _ = try await student.report(key: "k-1")
                // MUT
                var other = ReportWorld.unchanged
                other["risk"] = true
                let answer = try await student.report(other, key: "k-1")
                // validate
                #expect(answer.status == .unprocessableEntity)
                #expect(try ReportWorld.decode(APIError.self, answer).field == "Idempotency-Key")
            }
        }

        /// A resubmission replaces the answers, keeps the earlier ones, and moves the counters by the difference only.
        @Test func resubmission_replaces_keepsHistory_andCountsOnce() async throws {
            try await withApp(clock: ManualClock(ReportWorld.morning), demoMode: true) { app in
                // setup
                let student = try Browser(app)
                _ = try await student.apiLogin("student1")
                _ = try await student.json(.POST, "/api/v1/daily-reports/consent")
                let before = try await ReportWorld.counts(app, class: ReportWorld.studentClass)
                var fever = ReportWorld.unchanged
                fever["health"] = "fever"; fever["temperature"] = 38.2
                // MUT
                let first = try ReportWorld.decode(ReceiptBody.self, try await student.report(fever))
                let afterFirst = try await ReportWorld.counts(app, class: ReportWorld.studentClass)
                let second = try ReportWorld.decode(ReceiptBody.self, try await student.report())
                // validate
                #expect(first.abnormal && !second.abnormal)
                #expect(second.id == first.id && second.revision == 2)
                #expect(try await ReportWorld.rows(app, person: ReportWorld.student.id) == 1)
                #expect(afterFirst.0 == before.0 + 1 && afterFirst.2 == before.2 + 1)
                let afterSecond = try await ReportWorld.counts(app, class: ReportWorld.studentClass)
                #expect(afterSecond.0 == before.0 + 1 && afterSecond.2 == before.2)
                let history = try await app.stores.dailyReports.revisions(of: ReportWorld.student.id, on: ReportWorld.day)
                #expect(history.map(\.answers["health"]) == ["fever"])
                // The abnormal report put the student on the watch list, once.
                let watches = try await ReportWorld.sql(app).select().column("reason").from("watches")
                    .where("person_id", .equal, SQLBind(ReportWorld.student.id.rawValue)).where("status", .equal, SQLBind("open"))
                    .all(decodingColumn: "reason", as: String.self)
                #expect(watches.count == 1)
                #expect(watches.first?.contains("发热") == true)
            }
        }

        /// Day boundaries in Asia/Shanghai and the 10:00 cut-off: late is marked, and stays as first submitted.
        @Test func submissions_aroundMidnightAndCutOff_fallOnTheirDays() async throws {
            let clock = ManualClock(MeetingWorld.instant("2026-12-09T23:59"))
            try await withApp(clock: clock, demoMode: true) { app in
                let student = try Browser(app)
                _ = try await student.apiLogin("student1")
                _ = try await student.json(.POST, "/api/v1/daily-reports/consent")
                // MUT
                let lateNight = try ReportWorld.decode(ReceiptBody.self, try await student.report())
                clock.advance(by: 120)
                let pastMidnight = try ReportWorld.decode(ReceiptBody.self, try await student.report())
                clock.advance(by: 10 * 3600)
                _ = try await student.apiLogin("student1")
                let pastCutOff = try ReportWorld.decode(ReceiptBody.self, try await student.report())
                // validate
                #expect(lateNight.day == "2026-12-09" && lateNight.late)
                #expect(pastMidnight.day == "2026-12-10" && !pastMidnight.late && pastMidnight.revision == 1)
                #expect(pastCutOff.day == "2026-12-10" && pastCutOff.revision == 2)
                #expect(!pastCutOff.late, "a report on time stays on time when corrected later")
                let (_, late, _) = try await ReportWorld.counts(app, class: ReportWorld.studentClass, day: LocalDate(iso: "2026-12-09")!)
                #expect(late >= 1)
            }
        }

        /// A report keeps the form version it answered; a new version applies to the next report.
        @Test func newFormVersion_appliesToNextReport_oldReportKeepsItsVersion() async throws {
            let clock = ManualClock(ReportWorld.morning)
            try await withApp(clock: clock, demoMode: true) { app in
                let student = try Browser(app)
                _ = try await student.apiLogin("student1")
                _ = try await student.json(.POST, "/api/v1/daily-reports/consent")
                let first = try ReportWorld.decode(ReceiptBody.self, try await student.report())
                // MUT
                let form = ReportForm.standard
                let added = ReportQuestion(id: "dorm_safe", labelZh: "宿舍安全隐患", labelEn: "Dorm hazard", kind: .yesNo,
                                           abnormalWhen: .answer(true))
                try await app.stores.reportForms.revise(ReportWorld.school, questions: form.questions + [added], basedOn: 1,
                                                        context: AuditContext(actor: ReportWorld.formEditor, address: "test", now: clock.clock.now()))
                await app.reportContexts.forget(ReportWorld.school)
                let missing = try await student.report()
                clock.advance(by: 86_400)
                _ = try await student.apiLogin("student1")
                var answers = ReportWorld.unchanged
                answers["dorm_safe"] = "no"
                let second = try ReportWorld.decode(ReceiptBody.self, try await student.report(answers))
                // validate
                #expect(first.formVersion == 1)
                #expect(missing.status == .unprocessableEntity, "the new required question must be answered")
                #expect(second.formVersion == 2)
                let mine = try await student.json(.GET, "/api/v1/daily-reports/mine")
                struct Mine: Decodable { var day: String; var formVersion: Int }
                let versions = try ReportWorld.decode([Mine].self, mine)
                #expect(versions.first { $0.day == "2026-12-09" }?.formVersion == 1)
                #expect(versions.first { $0.day == "2026-12-10" }?.formVersion == 2)
            }
        }

        /// Health answers need the separate consent, which can be withdrawn.
        @Test func consent_requiredForHealthAnswers_andRevocable() async throws {
            try await withApp(clock: ManualClock(ReportWorld.morning), demoMode: true) { app in
                let student = try Browser(app)
                _ = try await student.apiLogin("student1")
                _ = try await student.json(.DELETE, "/api/v1/daily-reports/consent")
                // MUT
                let withHealth = try await student.report()
                let withoutHealth = try await student.report(["location": "campus", "risk": false])
                let granted = try await student.json(.POST, "/api/v1/daily-reports/consent")
                let healthMissing = try await student.report(["location": "campus", "risk": false])
                let revoked = try await student.json(.DELETE, "/api/v1/daily-reports/consent")
                // validate
                #expect(withHealth.status == .unprocessableEntity)
                #expect(try ReportWorld.decode(APIError.self, withHealth).field == "health")
                #expect(withoutHealth.status == .created)
                #expect(granted.body.string.contains("\"granted\":true"))
                #expect(healthMissing.status == .unprocessableEntity, "with consent the health question is required")
                #expect(revoked.body.string.contains("\"granted\":false"))
            }
        }

        @Test func staff_cannotSubmit_andBadBodiesAreClearErrors() async throws {
            try await withApp(clock: ManualClock(ReportWorld.morning), demoMode: true) { app in
                let counselor = try Browser(app), student = try Browser(app)
                _ = try await counselor.apiLogin("counselor1")
                _ = try await student.apiLogin("student1")
                // MUT / validate
                #expect(try await counselor.report().status == .forbidden)
                #expect(try await student.json(.POST, "/api/v1/daily-reports", ["answers": "well"]).status == .badRequest)
                let longKey = try await student.report(key: String(repeating: "k", count: 101))
                #expect(longKey.status == .unprocessableEntity)
            }
        }

        /// Strings, numbers and booleans are told apart as sent; anything else names its field.
        @Test func answerKinds_areReadAsSent_andOthersNamed() async throws {
            try await withApp(clock: ManualClock(ReportWorld.morning), demoMode: true) { app in
                let student = try Browser(app)
                _ = try await student.apiLogin("student1")
                _ = try await student.json(.POST, "/api/v1/daily-reports/consent")
                let path = "/api/v1/daily-reports"
                // validate
                let booleanForNumber = try await student.report(["health": "well", "location": "campus", "risk": false, "temperature": true])
                #expect(booleanForNumber.status == .unprocessableEntity)
                #expect(try ReportWorld.decode(APIError.self, booleanForNumber).field == "temperature")
                let list = try await student.report(["health": "well", "location": "campus", "risk": [false]])
                #expect(list.status == .badRequest)
                #expect(try ReportWorld.decode(APIError.self, list).field == "answers.risk")
                let notJSON = try await student.raw(.POST, path, #"{"answers": {"health": "well""#)
                #expect(notJSON.status == .badRequest)
                let noAnswers = try await student.raw(.POST, path, #"{"answer": {}}"#)
                #expect(try ReportWorld.decode(APIError.self, noAnswers).field == "answers")
                let form = try await student.raw(.POST, path, "answers=well", contentType: "application/x-www-form-urlencoded")
                #expect(form.status == .unsupportedMediaType)
                // MUT: a number for a yes/no question and a number as text are read as their canonical answers
                let receipt = try await student.raw(.POST, path, #"{"answers": {"health": "well", "location": "campus", "risk": 0, "temperature": "36.50"}}"#)
                #expect(receipt.status == .created)
                let stored = try await student.get("/api/v1/daily-reports/mine?days=1").body.string
                #expect(stored.contains(#""risk":"no""#) && stored.contains(#""temperature":"36.5""#))
            }
        }
    }
}
