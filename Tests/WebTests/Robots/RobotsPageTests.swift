import Domain
import Foundation
import Persistence
import SQLKit
import Testing
import Vapor
@testable import Web

extension AllTests {
    /// A branch registers its group robot: the page masks the key, refuses foreign addresses, and keeps to scope.
    @Suite struct RobotsPageTests {
        @Test func register_showsTheRobotMasked_neverItsKey() async throws {
            try await withApp(demoMode: true) { app in
                // MUT
                let browser = try await RobotFixtures.registered(app)
                let page = try await browser.get("/organizations/\(RobotFixtures.branch.rawValue)/robots")
                // validate
                #expect(page.status == .ok)
                let html = page.body.string
                #expect(html.contains("支委会群") && html.contains("qyapi.weixin.qq.com…5aaa") && html.contains("企业微信"))
                #expect(!html.contains(RobotFixtures.weComKey) && !html.contains("693a91f6"))
                let audit = try await (app.db as! any SQLDatabase).raw("SELECT detail FROM audit_events WHERE action = 'robot_registered'")
                    .all(decoding: DetailRow.self)
                #expect(audit.count == 1 && audit[0].detail.contains("qyapi.weixin.qq.com…5aaa"))
                #expect(!audit[0].detail.contains(RobotFixtures.weComKey))
            }
        }

        @Test func badAddress_isRefusedInChinese_andTheInputKept() async throws {
            try await withApp(demoMode: true) { app in
                // setup
                let browser = try Browser(app)
                _ = try await browser.login("branch1")
                let typed = "https://hooks.example.com/cgi-bin/webhook/send?key=abc"
                // MUT
                let answer = try await browser.post("/organizations/\(RobotFixtures.branch.rawValue)/robots",
                                                    form: ["name": "支委会群", "url": typed, "secret": "SECshouldNotComeBack"])
                // validate
                #expect(answer.status == .unprocessableEntity)
                let html = answer.body.string
                #expect(html.contains("只支持企业微信、钉钉、飞书群机器人的 Webhook 地址"))
                #expect(html.contains("value=\"\(typed)\"") && html.contains("value=\"支委会群\""))
                #expect(!html.contains("SECshouldNotComeBack"))
                #expect(try await RobotFixtures.robots(app).isEmpty)
            }
        }

        @Test func organisationOutOfScope_answers404_onPageAndAPI() async throws {
            try await withApp(demoMode: true) { app in
                // setup
                let browser = try Browser(app), client = try Browser(app)
                _ = try await browser.login("branch1")
                _ = try await client.apiLogin("branch1")
                let branchPath = TestWorld.first.organizations.first { $0.id == RobotFixtures.branch }!.path
                let otherBranch = TestWorld.first.organizations.first { $0.kind == .branch && !branchPath.contains($0.path) }!
                let foreign = TestWorld.second.organizations.first { $0.kind == .branch }!
                for organization in [otherBranch, foreign] {
                    let path = "/organizations/\(organization.id.rawValue)/robots"
                    // MUT + validate
                    #expect(try await browser.get(path).status == .notFound)
                    #expect(try await browser.post(path, form: ["name": "x", "url": RobotFixtures.weComURL]).status == .notFound)
                    #expect(try await client.json(.GET, "/api/v1" + path).status == .notFound)
                    #expect(try await client.json(.POST, "/api/v1" + path, ["name": "x", "url": RobotFixtures.weComURL]).status == .notFound)
                }
                #expect(try await app.stores.robotWebhooks.list(organization: otherBranch.id, scope: .system).isEmpty)
            }
        }

        @Test func api_registersListsAndRemoves() async throws {
            try await withApp(demoMode: true) { app in
                // setup
                let browser = try Browser(app)
                _ = try await browser.apiLogin("branch1")
                let path = "/api/v1/organizations/\(RobotFixtures.branch.rawValue)/robots"
                // MUT
                let created = try await browser.json(.POST, path, ["name": "钉钉群", "url": "https://oapi.dingtalk.com/robot/send?access_token=0123abcd9876",
                                                                   "secret": "SECabc"])
                let bad = try await browser.json(.POST, path, ["name": "x", "url": "http://oapi.dingtalk.com/robot/send?access_token=1"])
                let list = try await browser.json(.GET, path)
                // validate
                #expect(created.status == .created)
                let robot = try JSONDecoder().decode(Probe.self, from: Data(buffer: created.body))
                #expect(robot.kind == "dingtalk" && robot.maskedURL == "oapi.dingtalk.com…9876" && robot.signed)
                #expect(!created.body.string.contains("0123abcd9876") && !created.body.string.contains("SECabc"))
                #expect(bad.status == .unprocessableEntity && bad.body.string.contains("\"field\":\"url\""))
                #expect(try JSONDecoder().decode([Probe].self, from: Data(buffer: list.body)).map(\.id) == [robot.id])
                #expect(try await browser.json(.POST, "\(path)/\(robot.id)/test").status == .accepted)
                #expect(try await browser.json(.DELETE, "\(path)/\(robot.id)").status == .noContent)
                #expect(try await browser.json(.DELETE, "\(path)/\(robot.id)").status == .notFound)
                #expect(try await RobotFixtures.robots(app).isEmpty)
            }
        }

        struct DetailRow: Decodable { var detail: String }
        struct Probe: Decodable { var id: UUID; var kind: String; var maskedURL: String; var signed: Bool }
    }
}
