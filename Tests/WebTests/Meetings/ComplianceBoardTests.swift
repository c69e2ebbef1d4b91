import Domain
import Foundation
import Persistence
import Testing
import Vapor
import VaporTesting
@testable import Web

extension AllTests {
    /// The 工作欠账 board over HTTP: each leader sees their part of the tree, and a recorded meeting fills its cell.
    @Suite struct ComplianceBoardTests {
        let world = TestWorld.first
        let branch = MeetingWorld.branch

        struct Board: Decodable {
            struct Cell: Decodable {
                var kind: String; var period: String; var periodStart: String; var periodEnd: String; var status: String
                var required: Int; var held: Int; var complete: Int; var rule: String; var explanation: String; var meetingIds: [UUID]
            }
            struct Branch: Decodable { var id: UUID; var name: String; var kind: String; var cells: [Cell] }
            struct Totals: Decodable { var organizationId: UUID; var done: Int; var overdue: Int }
            var organizationId: UUID
            var year: Int
            var asOf: String
            var totals: [Totals]
            var branches: [Branch]
        }

        @Test func branchSecretary_seesTheirBranchOnly() async throws {
            try await withApp(clock: ManualClock(t0), demoMode: true) { app in
                // setup
                let secretary = try Browser(app), api = try Browser(app)
                _ = try await secretary.login("branch1")
                _ = try await api.apiLogin("branch1")
                let neighbour = MeetingWorld.neighbourBranch
                // MUT
                let page = try await secretary.get("/compliance")
                let board = try MeetingWorld.decode(Board.self, try await api.json(.GET, "/api/v1/compliance?year=2026"))
                let other = try await secretary.get("/compliance?org=\(neighbour.id.rawValue)")
                let otherJSON = try await api.json(.GET, "/api/v1/compliance?org=\(neighbour.id.rawValue)")
                // validate
                #expect(page.status == .ok)
                #expect(page.body.string.contains("工作欠账") || page.body.string.contains(branch.name))
                #expect(page.body.string.contains(branch.name))
                #expect(!page.body.string.contains(neighbour.name))
                #expect(page.body.string.contains("board-grid"), "at a branch the board is the grid of cells")
                #expect(board.organizationId == branch.id.rawValue && board.year == 2026 && board.asOf == "2026-11-18")
                let ownSubtree = Set(world.organizations.filter { $0.path.rawValue.hasPrefix(branch.path.rawValue) }.map(\.id.rawValue))
                #expect(board.branches.contains { $0.id == branch.id.rawValue })
                #expect(board.branches.allSatisfy { ownSubtree.contains($0.id) }, "only the branch and its party groups")
                #expect(other.status == .notFound)
                #expect(otherJSON.status == .notFound)
            }
        }

        @Test func collegeAndSchool_seeTheirSubtrees_andAnotherSchoolSeesNothing() async throws {
            try await withApp(clock: ManualClock(t0), demoMode: true) { app in
                // setup
                let college = MeetingWorld.organization(of: "college1")
                let root = MeetingWorld.organization(of: "org")
                let far = MeetingWorld.farBranch
                let collegeBrowser = try Browser(app), collegeAPI = try Browser(app), orgBrowser = try Browser(app)
                let foreign = try Browser(app), foreignAPI = try Browser(app)
                _ = try await collegeBrowser.login("college1")
                _ = try await collegeAPI.apiLogin("college1")
                _ = try await orgBrowser.login("org")
                _ = try await foreign.login("b-org")
                _ = try await foreignAPI.apiLogin("b-org")
                // MUT
                let collegePage = try await collegeBrowser.get("/compliance")
                let collegeBoard = try MeetingWorld.decode(Board.self, try await collegeAPI.json(.GET, "/api/v1/compliance"))
                let farFromCollege = try await collegeBrowser.get("/compliance?org=\(far.id.rawValue)")
                let schoolPage = try await orgBrowser.get("/compliance")
                let farFromSchool = try await orgBrowser.get("/compliance?org=\(far.id.rawValue)")
                let foreignPage = try await foreign.get("/compliance?org=\(root.id.rawValue)")
                let foreignJSON = try await foreignAPI.json(.GET, "/api/v1/compliance?org=\(root.id.rawValue)")
                let foreignOwn = try await foreign.get("/compliance")
                // validate
                #expect(collegePage.status == .ok)
                #expect(collegePage.body.string.contains(college.name))
                #expect(collegePage.body.string.contains("board-totals"), "above a branch: one row per organisation below")
                let child = try #require(world.organizations.first { $0.parentID == college.id })
                #expect(collegePage.body.string.contains("href=\"/compliance?org=\(child.id.rawValue.uuidString)&amp;year=2026\"")
                        || collegePage.body.string.contains("href=\"/compliance?org=\(child.id.rawValue.uuidString)&year=2026\""),
                        "each organisation below links down to its own board")
                #expect(collegeBoard.organizationId == college.id.rawValue)
                #expect(collegeBoard.branches.allSatisfy { id in
                    world.organizations.first { $0.id.rawValue == id.id }?.path.rawValue.hasPrefix(college.path.rawValue) == true
                })
                #expect(collegeBoard.branches.contains { $0.id == branch.id.rawValue })
                #expect(farFromCollege.status == .notFound)
                #expect(schoolPage.status == .ok && schoolPage.body.string.contains(root.name))
                #expect(schoolPage.body.string.contains(college.name), "the school's board lists the colleges")
                #expect(farFromSchool.status == .ok)
                #expect(foreignPage.status == .notFound)
                #expect(foreignJSON.status == .notFound)
                #expect(foreignOwn.status == .ok)
                #expect(foreignOwn.body.string.contains("value=\"\(TestWorld.second.organizations[0].id.rawValue.uuidString)\" selected=\"selected\""),
                        "the second school's org sees their own school")
                #expect(!foreignOwn.body.string.contains(root.id.rawValue.uuidString) && !foreignOwn.body.string.contains(college.id.rawValue.uuidString))
            }
        }

        @Test func json_cellsCarryAStatusARuleAndAnExplanation() async throws {
            try await withApp(clock: ManualClock(t0), demoMode: true) { app in
                // setup
                let org = try Browser(app)
                _ = try await org.apiLogin("org")
                // MUT
                let answer = try await org.json(.GET, "/api/v1/compliance?year=2026")
                // validate
                #expect(answer.status == .ok)
                let board = try MeetingWorld.decode(Board.self, answer)
                let cells = board.branches.flatMap(\.cells)
                #expect(!cells.isEmpty)
                let allowed: Set<String> = ["done", "incomplete", "due", "overdue", "not_applicable", "upcoming"]
                #expect(Set(cells.map(\.status)).isSubset(of: allowed))
                #expect(cells.allSatisfy { !$0.rule.isEmpty && !$0.explanation.isEmpty })
                #expect(Set(cells.map(\.status)).isSuperset(of: ["done", "overdue", "due"]), "the demo school has done, owed and due cells")
                #expect(cells.filter { $0.status == "done" }.allSatisfy { $0.complete >= $0.required && !$0.meetingIds.isEmpty })
                #expect(cells.filter { $0.status == "upcoming" }.allSatisfy { $0.periodStart > "2026-11-18" })
                #expect(board.branches.allSatisfy { $0.kind == "branch" || $0.kind == "group" })
            }
        }

        @Test func meetingCreatedThroughTheAPI_fillsItsCell() async throws {
            try await withApp(clock: ManualClock(t0), demoMode: true) { app in
                // setup: a cell of branch1's branch that still owes one meeting
                let secretary = try Browser(app)
                _ = try await secretary.apiLogin("branch1")
                let before = try MeetingWorld.decode(Board.self, try await secretary.json(.GET, "/api/v1/compliance?year=2026"))
                let cells = try #require(before.branches.first { $0.id == branch.id.rawValue }).cells
                let owed = try #require(cells.first { ($0.status == "due" || $0.status == "overdue") && $0.required == $0.complete + 1 },
                                        "the branch owes something in 2026")
                let kind = try #require(MeetingKind(rawValue: owed.kind))
                // MUT
                let meeting = try await secretary.createMeeting(kind: kind, organization: branch.id, startsAt: owed.periodStart + "T10:00",
                                                                topic: "补开：\(owed.period)")
                // validate
                let after = try MeetingWorld.decode(Board.self, try await secretary.json(.GET, "/api/v1/compliance?year=2026"))
                let cell = try #require(after.branches.first { $0.id == branch.id.rawValue }?.cells.first {
                    $0.kind == owed.kind && $0.period == owed.period
                })
                #expect(cell.status == "done", "\(owed.kind) \(owed.period): \(cell.explanation)")
                #expect(cell.meetingIds.contains(meeting.id))
                #expect(cell.held == owed.held + 1)
                let web = try Browser(app)
                _ = try await web.login("branch1")
                let board = try await web.get("/compliance").body.string
                #expect(board.contains("href=\"/meetings/\(meeting.id)\""), "the cell links to its meeting")
            }
        }
    }
}
