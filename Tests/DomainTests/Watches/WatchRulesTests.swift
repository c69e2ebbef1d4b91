@testable import Domain
import Foundation
import Testing

extension RuleTests {
    /// 重点人群随访: who may log and close, what a follow-up and a closing need, and how days under watch count.
    @Suite struct WatchRulesTests {
        typealias F = WatchFixture

        @Test(arguments: [
            ("2026-11-16", 1), ("2026-11-17", 2), ("2026-11-30", 15), ("2026-12-01", 16), ("2027-11-16", 366),
        ])
        func daysUnderWatch_openWatch_countsTheOpenedDayAsOne(_ today: String, _ days: Int) throws {
            #expect(F.watch().daysUnderWatch(today: try RuleFixture.date(today)) == days)
        }

        @Test(arguments: [("2026-11-16", 1), ("2026-11-20", 5)])
        func daysUnderWatch_closedWatch_stopsOnTheClosingDay(_ closed: String, _ days: Int) throws {
            let watch = F.watch(status: .closed, closedOn: try RuleFixture.date(closed))
            #expect(watch.daysUnderWatch(today: try RuleFixture.date("2027-01-01")) == days)
        }

        @Test func daysUnderWatch_todayBeforeOpening_isStillOne() throws {
            #expect(F.watch().daysUnderWatch(today: try RuleFixture.date("2026-11-10")) == 1)
        }

        /// (role, grid reached, everything, expected): nil means allowed.
        @Test(arguments: [
            (Role.counselor, [F.classA], false, DomainError?.none),
            (.counselor, [F.classB], false, .notFound),
            (.counselor, [TreePath(rawValue: "/college/")], false, nil),
            (.organizationAdmin, [], true, nil),
            (.classMonitor, [F.classA], false, .forbidden),
            (.student, [], false, .notFound),
        ])
        func checkManage_byRoleAndScope(_ role: Role, _ grid: [TreePath], _ everything: Bool, _ expected: DomainError?) {
            let actor = F.actor(role, grid: grid, everything: everything)
            #expect(Self.error { try WatchRules.checkManage(F.watch(), actor: actor) } == expected)
        }

        @Test func checkManage_otherSchool_isNotFound() {
            let actor = F.actor(.organizationAdmin, everything: true, school: RuleFixture.school2)
            #expect(Self.error { try WatchRules.checkManage(F.watch(), actor: actor) } == .notFound)
        }

        @Test(arguments: [
            (FollowUpMethod?.some(.call), FollowUpResult?.some(.stable), "", "ok"),
            (nil, .stable, "", "method"),
            (.visit, nil, "", "result"),
            (.message, .improved, String(repeating: "很", count: 1001), "note"),
        ])
        func followUp_needsMethodAndResult(_ method: FollowUpMethod?, _ result: FollowUpResult?, _ note: String, _ field: String) {
            let draft = FollowUpDraft(method: method, result: result, note: note)
            let error = Self.error { _ = try WatchRules.followUp(draft, on: F.watch(), by: F.counselorA, now: F.now) }
            #expect((error?.invalidField ?? "ok") == field)
        }

        @Test func followUp_defaultsToNow_andTrimsTheNote() throws {
            let checked = try WatchRules.followUp(FollowUpDraft(method: .call, result: .improved, note: "  已通话 "),
                                                  on: F.watch(), by: F.counselorA, now: F.now)
            #expect(checked.happenedAt == F.now && checked.note == "已通话")
        }

        @Test func followUp_inTheFuture_isRefused() {
            let draft = FollowUpDraft(method: .call, result: .stable, happenedAt: F.now.addingTimeInterval(3600))
            let error = Self.error { _ = try WatchRules.followUp(draft, on: F.watch(), by: F.counselorA, now: F.now) }
            #expect(error?.invalidField == "happenedAt")
        }

        @Test func followUp_onAClosedWatch_isAConflict() {
            let draft = FollowUpDraft(method: .call, result: .stable)
            let error = Self.error { _ = try WatchRules.followUp(draft, on: F.watch(status: .closed), by: F.counselorA, now: F.now) }
            #expect(Self.isConflict(error))
        }

        @Test(arguments: [
            (WatchClosing?.some(WatchClosing(reason: .recovered)), "ok"),
            (WatchClosing(reason: .leftSchool, text: " 已毕业离校 "), "ok"),
            (WatchClosing(reason: .other, text: "转入医院治疗"), "ok"),
            (WatchClosing(reason: .other, text: "  "), "text"),
            (nil, "reason"),
        ])
        func close_needsAReason_andWordsForOther(_ closing: WatchClosing?, _ field: String) {
            let error = Self.error { _ = try WatchRules.close(F.watch(), with: closing, by: F.counselorA) }
            #expect((error?.invalidField ?? "ok") == field)
        }

        @Test func close_aClosedWatch_isAConflict() {
            let error = Self.error { _ = try WatchRules.close(F.watch(status: .closed), with: WatchClosing(reason: .resolved), by: F.counselorA) }
            #expect(Self.isConflict(error))
        }

        @Test(arguments: [("recovered", WatchClosing(reason: .recovered)), ("left_school", WatchClosing(reason: .leftSchool)),
                          ("other:转学: 外校", WatchClosing(reason: .other, text: "转学: 外校"))])
        func closing_storedForm_roundTrips(_ stored: String, _ closing: WatchClosing) {
            #expect(closing.stored == stored)
            #expect(WatchClosing(stored: stored) == closing)
        }

        @Test func openingReason_isRequired() {
            #expect(Self.error { _ = try WatchRules.openingReason("   ") }?.invalidField == "reason")
            #expect((try? WatchRules.openingReason(" 情绪低落 ")) == "情绪低落")
        }

        @Test func statusCodes_areThoseTheReportWriterUses() {
            #expect(WatchStatus.allCases.map(\.rawValue) == ["open", "closed"])
        }

        static func error(_ body: () throws -> Void) -> DomainError? {
            do { try body(); return nil } catch let error as DomainError { return error } catch { return nil }
        }

        static func isConflict(_ error: DomainError?) -> Bool {
            if case .conflict = error { true } else { false }
        }
    }
}
