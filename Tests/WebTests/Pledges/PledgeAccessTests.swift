import Domain
import Foundation
import Persistence
import Testing
import Vapor
@testable import Web

extension AllTests {
    /// Scope: a draft is its owner's alone (404 to everyone else, pages and API); a published pledge is the school's
    /// (another school gets 404); creation is idempotent; the wall lists published pledges only.
    @Suite struct PledgeAccessTests {
        @Test func draft_invisibleToOthers_untilPublished() async throws {
            try await withApp(clock: ManualClock(PledgeWorld.now), demoMode: true) { app in
                // setup
                let member = try await PledgeWorld.api(app, "member1")
                let id = try await member.madePledge(promise: "尚未公开的承诺", publish: false).pledge.id
                var seen: [String: HTTPResponseStatus] = [:]
                var listed: [String: Bool] = [:]
                // MUT
                for login in ["student1", "branch1", "org", "b-org"] {
                    let browser = try await PledgeWorld.api(app, login)
                    seen[login] = try await browser.json(.GET, "/api/v1/pledges/\(id.uuidString)").status
                    listed[login] = try await browser.json(.GET, "/api/v1/pledges?pageSize=500&status=draft").body.string.contains(id.uuidString)
                }
                let page = try Browser(app)
                _ = try await page.login("student1")
                let draftPage = try await page.get("/pledges/\(id.uuidString)")
                let commentOnDraft = try await PledgeWorld.api(app, "student1").pledgePost(id, "comments", ["text": "看不到"])
                let mine = try await member.json(.GET, "/api/v1/pledges?mine=true").body.string
                let published = try await member.json(.POST, "/api/v1/pledges/\(id.uuidString)/publish")
                let afterwards = try await PledgeWorld.api(app, "student1").json(.GET, "/api/v1/pledges/\(id.uuidString)")
                let foreign = try await PledgeWorld.api(app, "b-student1").json(.GET, "/api/v1/pledges/\(id.uuidString)")
                // validate
                #expect(seen.values.allSatisfy { $0 == .notFound }, "\(seen)")
                #expect(listed.values.allSatisfy { !$0 })
                #expect(draftPage.status == .notFound && commentOnDraft.status == .notFound)
                #expect(mine.contains(id.uuidString))
                #expect(published.status == .ok && afterwards.status == .ok && foreign.status == .notFound)
            }
        }

        @Test func creation_isIdempotent_perKey() async throws {
            try await withApp(clock: ManualClock(PledgeWorld.now), demoMode: true) { app in
                // setup
                let member = try await PledgeWorld.api(app, "member1")
                // MUT
                let first = try await member.makePledge(promise: "全年讲授党课1次", key: "k-1")
                let replay = try await member.makePledge(promise: "全年讲授党课1次", key: "k-1")
                let other = try await member.makePledge(promise: "另一份承诺", key: "k-1")
                let student = try await PledgeWorld.api(app, "student1").makePledge(key: "k-2")
                // validate
                #expect(first.status == .created && replay.status == .created)
                #expect(replay.headers.first(name: "Idempotent-Replayed") == "true")
                let a = try PledgeWorld.decode(PledgeDetailDTO.self, first), b = try PledgeWorld.decode(PledgeDetailDTO.self, replay)
                #expect(a.pledge.id == b.pledge.id)
                #expect(other.status == .unprocessableEntity)
                #expect(student.status == .forbidden)
                let mine = try PledgeWorld.decode(PageDTO<PledgeDTO>.self, try await member.json(.GET, "/api/v1/pledges?mine=true&pageSize=500"))
                #expect(mine.items.filter { $0.promise == "全年讲授党课1次" }.count == 1)
            }
        }

        @Test func wall_listsPublishedPledges_ofTheBranch_withFilters_andShapes() async throws {
            try await withApp(clock: ManualClock(PledgeWorld.now), demoMode: true) { app in
                // setup
                let member = try await PledgeWorld.api(app, "member1")
                let shown = try await member.madePledge(promise: "墙上可见的承诺").pledge
                _ = try await member.madePledge(promise: "墙上不可见的草稿", publish: false)
                let student = try Browser(app)
                _ = try await student.login("student1")
                let org = PledgeWorld.branch.rawValue.uuidString
                // MUT
                let wall = try await student.get("/pledges?org=\(org)")
                let filtered = try await student.get("/pledges?org=\(org)&period=2025")
                let api = try await PledgeWorld.api(app, "student1")
                let list = try await api.json(.GET, "/api/v1/pledges?org=\(org)&period=2026&status=published&pageSize=500")
                let raw = try JSONSerialization.jsonObject(with: Data(buffer: list.body)) as? [String: Any]
                let badPeriod = try await api.json(.GET, "/api/v1/pledges?period=2026H3")
                let posts = try await api.json(.GET, "/api/v1/posts")
                let postsPage = try await student.get("/posts")
                // validate
                #expect(wall.status == .ok && wall.body.string.contains("墙上可见的承诺") && !wall.body.string.contains("墙上不可见的草稿"))
                #expect(!filtered.body.string.contains("墙上可见的承诺"))
                let page = try PledgeWorld.decode(PageDTO<PledgeDTO>.self, list)
                let item = try #require(page.items.first { $0.id == shown.id })
                #expect(item.ownerName == TestWorld.person(of: "member1").name && item.period == "2026" && item.periodLabel == "2026 年度")
                #expect(item.status == .published && item.commentCount == 0 && item.ratingCount == 0 && item.ratingAverageTenths == nil)
                #expect(page.items.allSatisfy { $0.status == .published && $0.period == "2026" })
                #expect(Set((raw ?? [:]).keys) == ["items", "page", "pageSize", "total"])
                let first = try #require((raw?["items"] as? [[String: Any]])?.first)
                #expect(first["promise"] is String && first["dueDate"] is String && first["updateCount"] is Int)
                #expect(badPeriod.status == .unprocessableEntity)
                #expect(posts.status == .ok && postsPage.status == .ok)
                let holders = try PledgeWorld.decode([PostHolderDTO].self, posts)
                #expect(!holders.isEmpty && holders.allSatisfy { !$0.name.isEmpty && !$0.title.isEmpty })
            }
        }
    }
}
