import Domain
import Foundation
import Persistence
import Testing
import Vapor
import VaporTesting
@testable import Web

extension AllTests {
    @Suite struct PeopleTests {
        let first = TestWorld.first

        @Test func record_showsPersonalNumbersMasked_untilAnAuditedUnmask() async throws {
            try await withApp(demoMode: true) { app in
                // setup
                let browser = try Browser(app)
                _ = try await browser.login("org")
                let subject = first.people.first { $0.idNumber != nil }!
                // MUT
                let page = try await browser.get("/people/\(subject.person.id.rawValue)").body.string
                let unmasked = try await browser.post("/people/\(subject.person.id.rawValue)/unmask", form: ["field": "idNumber"]).body.string
                // validate
                #expect(page.contains(subject.idNumber!.masked))
                #expect(!page.contains(subject.idNumber!.value))
                #expect(unmasked.contains(subject.idNumber!.value))
                let events = try await app.stores.auditTrail.list(.init(action: .personalDataUnmasked), page: ListRequest(), scope: .system)
                #expect(events.items.contains { $0.target == "person:\(subject.person.id.rawValue)" && $0.actorLogin == "org" })
            }
        }

        @Test func addAndEdit_throughThePages() async throws {
            try await withApp(demoMode: true) { app in
                let browser = try Browser(app)
                _ = try await browser.login("branch1")
                let branch = TestWorld.person(of: "branch1").organizationID!
                let created = try await browser.post("/people", form: [
                    "number": "T2026001", "name": "测试同学", "kind": "student", "gender": "female",
                    "idNumber": "11010519491231002X", "phone": "13812345678", "organizationID": branch.rawValue.uuidString,
                    "application": "2025-03-01"])
                #expect(created.status == .seeOther)
                let location = try #require(created.headers.first(name: .location))
                let record = try await browser.get(location).body.string
                #expect(record.contains("测试同学"))
                #expect(record.contains("110105********002X"))
                #expect(record.contains("138****5678"))
                #expect(record.contains("入党申请人"))

                let edited = try await browser.post(location, form: [
                    "number": "T2026001", "name": "测试同学", "kind": "student", "organizationID": branch.rawValue.uuidString,
                    "application": "2025-03-01", "activist": "2025-04-01", "development_candidate": "2025-09-01"])
                #expect(edited.status == .unprocessableEntity)
                #expect(edited.body.string.contains("第十三条"))
                let after = try await browser.get(location).body.string
                #expect(after.contains("110105********002X"), "a refused edit changes nothing; an empty number keeps the stored one")
            }
        }

        @Test func duplicateNumber_isRefused_andTheFormKeepsWhatWasTyped() async throws {
            try await withApp(demoMode: true) { app in
                let browser = try Browser(app)
                _ = try await browser.login("org")
                let existing = first.people[0].person
                let response = try await browser.post("/people", form: [
                    "number": existing.number, "name": "重名测试", "kind": "student", "classID": existing.classID!.rawValue.uuidString])
                #expect(response.status == .conflict)
                #expect(response.body.string.contains("重名测试"))
                #expect(response.body.string.contains("已存在"))
            }
        }

        @Test func transfer_movesTheMember_andKeepsHistory() async throws {
            try await withApp(demoMode: true) { app in
                // setup
                let browser = try Browser(app)
                _ = try await browser.apiLogin("org")
                let member = TestWorld.person(of: "member1")
                let target = first.organizations.first { $0.kind == .branch && $0.id != member.organizationID }!
                // MUT
                let moved = try await browser.json(.POST, "/api/v1/people/\(member.id.rawValue)/transfers",
                                                   ["organizationID": target.id.rawValue.uuidString, "date": "2026-11-01", "reason": "毕业留校"])
                // validate
                #expect(moved.status == .created)
                let history = try await browser.json(.GET, "/api/v1/people/\(member.id.rawValue)/transfers").body.string
                #expect(history.contains(target.id.rawValue.uuidString))
                #expect(history.contains(member.organizationID!.rawValue.uuidString))
                let secretary = try Browser(app)
                _ = try await secretary.apiLogin("branch1")
                #expect(try await secretary.json(.GET, "/api/v1/people/\(member.id.rawValue)").status == .notFound)
            }
        }

        @Test func patch_changesOnlyWhatItNames_andRefusesEarlyStages() async throws {
            try await withApp(demoMode: true) { app in
                let browser = try Browser(app)
                _ = try await browser.apiLogin("org")
                let member = TestWorld.person(of: "member1")
                let renamed = try await browser.json(.PATCH, "/api/v1/people/\(member.id.rawValue)", ["ethnicity": "回族"])
                #expect(renamed.status == .ok)
                let body = try JSONDecoder().decode(PersonDTO.self, from: Data(buffer: renamed.body))
                #expect(body.ethnicity == "回族" && body.name == member.name && body.stages == member.stages)
                let early = try await browser.json(.PATCH, "/api/v1/people/\(member.id.rawValue)",
                                                   ["stages": ["probationary": "2024-01-01", "full": "2024-06-01"]])
                #expect(early.status == .unprocessableEntity)
                #expect(early.body.string.contains("Party Constitution, art. 7") || early.body.string.contains("第七条"))
            }
        }
    }
}
