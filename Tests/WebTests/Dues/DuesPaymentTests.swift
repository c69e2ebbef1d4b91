import Domain
import Foundation
import Persistence
import Testing
import Vapor
@testable import Web

extension AllTests {
    /// A secretary records a member's months and the whole branch's month: amounts by the rule, an idempotent
    /// retry stores once, a paid month is not recorded twice, and 补交 beyond six months is refused with the rule.
    @Suite struct DuesPaymentTests {
        @Test func oneMember_amountByTheRule_retryStoresOnce() async throws {
            try await withApp(clock: ManualClock(DuesWorld.now), demoMode: true) { app in
                // setup: a member of the branch who owes this month
                let secretary = try Browser(app)
                _ = try await secretary.apiLogin("branch1")
                let owing = try #require(try await secretary.duesSheet().owing(DuesWorld.month).first)
                let owed = try #require(owing.months.first { $0.month == DuesWorld.month.iso }?.amountFen)
                let body: [String: Any] = ["personId": owing.personId.uuidString, "months": [DuesWorld.month.iso], "method": "wechat"]
                let key = "dues-\(UUID().uuidString)"
                // MUT
                let first = try await secretary.recordDues(body, key: key)
                let retry = try await secretary.recordDues(body, key: key)
                let again = try await secretary.recordDues(body, key: "dues-\(UUID().uuidString)")
                // validate
                #expect(first.status == .created && retry.status == .created)
                let a = try DuesWorld.decode(DuesRecordingDTO.self, first), b = try DuesWorld.decode(DuesRecordingDTO.self, retry)
                #expect(a.count == 1 && a.totalFen == owed && a.payments.map(\.id) == b.payments.map(\.id))
                #expect(retry.headers.first(name: "Idempotent-Replayed") == "true")
                #expect(again.status == .conflict)
                #expect(try await DuesWorld.stored(app, person: .init(owing.personId), month: DuesWorld.month) == 1)
                // paid within its month: the on-time points, once, in the same transaction
                #expect(try await DuesWorld.points(app, payment: a.payments[0].id) == 1)
                let after = try await secretary.duesSheet().members.first { $0.personId == owing.personId }
                #expect(after?.months.first { $0.month == DuesWorld.month.iso }?.status == "paid")
            }
        }

        @Test func backPayment_withinSixMonths_storedWithoutOnTimePoints() async throws {
            try await withApp(clock: ManualClock(DuesWorld.now), demoMode: true) { app in
                // setup: a member of the branch who owes an earlier month within the limit
                let secretary = try Browser(app)
                _ = try await secretary.apiLogin("branch1")
                let window = (1...6).map { DuesWorld.month.adding(months: -$0).iso }
                let sheet = try await secretary.duesSheet()
                let (member, month) = try #require(sheet.members.lazy.compactMap { m in
                    m.months.first { window.contains($0.month) && $0.status == "owed" }.map { (m, $0) }
                }.first)
                // MUT
                let answer = try await secretary.recordDues(["personId": member.personId.uuidString, "months": [month.month], "method": "transfer"])
                // validate
                #expect(answer.status == .created)
                let recording = try DuesWorld.decode(DuesRecordingDTO.self, answer)
                #expect(recording.totalFen == month.amountFen && recording.payments.first?.month == month.month)
                #expect(try await DuesWorld.points(app, payment: recording.payments[0].id) == 0)
            }
        }

        @Test func backPaymentBeyondSixMonths_refusedWithTheRule() async throws {
            try await withApp(clock: ManualClock(DuesWorld.now), demoMode: true) { app in
                // setup
                let secretary = try Browser(app), page = try Browser(app)
                _ = try await secretary.apiLogin("branch1"); _ = try await page.login("branch1")
                let member = DuesWorld.member1.id.rawValue.uuidString
                // MUT
                let api = try await secretary.recordDues(["personId": member, "months": ["2026-04"], "method": "cash"])
                let form = try await page.post("/dues/payments", form: ["org": DuesWorld.branch.rawValue.uuidString, "person": member,
                                                                        "months[]": "2026-04", "method": "cash", "submission": UUID().uuidString])
                // validate
                #expect(api.status == .unprocessableEntity)
                let error = try DuesWorld.decode(APIError.self, api)
                #expect(error.field == "months" && error.reason.contains("6"))
                #expect(form.status == .unprocessableEntity && form.body.string.contains("补交党费最多补交6个月"))
                #expect(form.body.string.contains("请由支部按规定另行处理"))
                #expect(try await DuesWorld.stored(app, person: DuesWorld.member1.id, month: YearMonth(iso: "2026-04")!) <= 1)
            }
        }

        @Test func wholeBranchMonth_oneTransaction_paidSkipped_retryStoresOnce() async throws {
            try await withApp(clock: ManualClock(DuesWorld.now), demoMode: true) { app in
                // setup: one member pays first, on their own
                let secretary = try Browser(app)
                _ = try await secretary.apiLogin("branch1")
                let before = try await secretary.duesSheet()
                let owing = before.owing(DuesWorld.month)
                try #require(owing.count >= 2)
                _ = try await secretary.recordDues(["personId": owing[0].personId.uuidString, "months": [DuesWorld.month.iso], "method": "cash"])
                let body: [String: Any] = ["organizationId": DuesWorld.branch.rawValue.uuidString, "month": DuesWorld.month.iso, "method": "alipay"]
                let key = "month-\(UUID().uuidString)"
                // MUT
                let first = try await secretary.recordDues(body, key: key)
                let retry = try await secretary.recordDues(body, key: key)
                let second = try await secretary.recordDues(body, key: "month-\(UUID().uuidString)")
                // validate
                #expect(first.status == .created && retry.status == .created && second.status == .created)
                let a = try DuesWorld.decode(DuesRecordingDTO.self, first), b = try DuesWorld.decode(DuesRecordingDTO.self, retry)
                let c = try DuesWorld.decode(DuesRecordingDTO.self, second)
                #expect(a.count == owing.count - 1)
                #expect(a.totalFen == owing.dropFirst().compactMap { $0.months.first { $0.month == DuesWorld.month.iso }?.amountFen }.reduce(0, +))
                #expect(a.alreadyPaid.contains(owing[0].personId))
                #expect(Set(b.payments.map(\.id)) == Set(a.payments.map(\.id)) && retry.headers.first(name: "Idempotent-Replayed") == "true")
                #expect(c.count == 0 && Set(c.alreadyPaid).isSuperset(of: owing.map(\.personId)))
                for m in owing { #expect(try await DuesWorld.stored(app, person: .init(m.personId), month: DuesWorld.month) == 1) }
                #expect(try await secretary.duesSheet().owing(DuesWorld.month).isEmpty)
            }
        }

        @Test func wholeBranchMonth_throughThePages_confirmationThenOutcome() async throws {
            try await withApp(clock: ManualClock(DuesWorld.now), demoMode: true) { app in
                // setup
                let api = try Browser(app), page = try Browser(app)
                _ = try await api.apiLogin("branch1"); _ = try await page.login("branch1")
                let owing = try await api.duesSheet().owing(DuesWorld.month)
                let org = DuesWorld.branch.rawValue.uuidString
                // MUT
                let form = try await page.get("/dues/batch?org=\(org)")
                let confirm = try await page.get("/dues/batch?org=\(org)&month=2026-11&method=wechat")
                let token = UUID().uuidString
                let fields = ["org": org, "months": "2026-11", "method": "wechat", "submission": token]
                let done = try await page.post("/dues/batch", form: fields)
                let again = try await page.post("/dues/batch", form: fields)
                // validate
                #expect(form.status == .ok && form.body.string.contains("全支部按月登记"))
                #expect(confirm.status == .ok && confirm.body.string.contains("将登记 \(owing.count) 人"))
                #expect(done.status == .ok && done.body.string.contains("已登记 \(owing.count) 人"))
                #expect(again.status == .ok && again.body.string.contains("已登记 \(owing.count) 人"))
                for m in owing { #expect(try await DuesWorld.stored(app, person: .init(m.personId), month: DuesWorld.month) == 1) }
            }
        }
    }
}
