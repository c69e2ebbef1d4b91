import Domain
import Foundation
import Persistence
import Testing
import Vapor
@testable import Web

extension AllTests {
    /// The counsellor's list: pending lines first, filters by status, day and name, the off-campus view and the export.
    @Suite struct LeaveListTests {
        @Test func counselorList_pendingFirst_filtered_exported() async throws {
            try await withApp(clock: ManualClock(LeaveWorld.now), demoMode: true) { app in
                // setup: an approved line for today, a pending one next week
                let student = try Browser(app), counselor = try Browser(app), api = try Browser(app)
                _ = try await student.apiLogin("student1"); _ = try await counselor.login("counselor1")
                _ = try await api.apiLogin("counselor1")
                let me = TestWorld.person(of: "student1")
                let approved = try await student.appliedLeave(first: 0, last: 1, destination: "今天出发的去向").leave.id
                try await api.leaveEvent(approved, "approve")
                _ = try await student.appliedLeave(first: 7, last: 8, destination: "下周出发的去向")
                // MUT
                let page = try await counselor.get("/leaves").body.string
                let byName = try await counselor.get("/leaves?q=\(me.name.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed)!)").body.string
                let pending = try await counselor.get("/leaves?status=pending").body.string
                let onDay = try await api.json(.GET, "/api/v1/leaves?date=\(LeaveWorld.day(7))").body.string
                let today = try await counselor.get("/leaves/today").body.string
                let export = try await counselor.get("/leaves/export.xlsx")
                let badStatus = try await api.json(.GET, "/api/v1/leaves?status=gone")
                // validate
                let next = try #require(page.range(of: "下周出发的去向")), now = try #require(page.range(of: "今天出发的去向"))
                #expect(next.lowerBound < now.lowerBound, "pending first")
                #expect(byName.contains("下周出发的去向") && byName.contains("今天出发的去向"))
                #expect(pending.contains("下周出发的去向") && !pending.contains("今天出发的去向"))
                #expect(onDay.contains("下周出发的去向") && !onDay.contains("今天出发的去向"))
                #expect(today.contains(me.name) && today.contains("今天出发的去向") && !today.contains("下周出发的去向"))
                #expect(export.status == .ok && export.headers.first(name: .contentDisposition)?.contains("leave-ledger") == true)
                #expect(badStatus.status == .unprocessableEntity)
            }
        }
    }
}
