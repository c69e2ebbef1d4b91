import Domain
import Foundation
import NIOCore
import NIOHTTP1
import Persistence
import Testing
import Vapor
@testable import Web

/// The people of the first test school that the pledge tests work with, read from the demo generator: member1 of
/// branch1's branch (the owner), branch1 (its secretary), student1 (the masses), and a committee member of another branch.
enum PledgeWorld {
    static let world = TestWorld.first
    /// Wednesday 2026-11-18, 10:00 in Shanghai.
    static let now = TicketWorld.wednesday
    static var branch: Organization.ID { world.account("branch1")!.assignments[0].organizationID! }

    /// A full member seated on the committee of a branch other than branch1's, with a demo login of their own.
    static func addOtherCommitteeMember(_ app: Application, login: String = "committee9") async throws {
        let branches = Set(world.organizations.filter { $0.kind == .branch && $0.id != branch }.map(\.id))
        let person = world.people.map(\.person).first {
            $0.committeeRole == .organizationCommissioner && $0.organizationID.map(branches.contains) == true
        }!
        let context = AuditContext(actor: .system, address: "test", now: now)
        let id = try await app.stores.accounts.create(login: login, displayName: person.name, password: TestWorld.password,
                                                      school: world.school.id, person: person.id, isDemo: true,
                                                      hasher: app.zhibu.hasher, context: context)
        try await app.stores.accounts.assign(RoleAssignment(id: .init(UUID()), role: .partyMember, schoolID: world.school.id),
                                             to: id, context: context)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ answer: LiveServer.Answer) throws -> T {
        try MeetingWorld.decoder().decode(type, from: Data(buffer: answer.body))
    }

    /// Logs a browser in through the API.
    static func api(_ app: Application, _ login: String) async throws -> Browser {
        let browser = try Browser(app)
        let answer = try await browser.apiLogin(login)
        #expect(answer.status == .created, "login \(login): \(answer.status)")
        return browser
    }
}

extension Browser {
    /// Makes a pledge through the API as the logged-in member; the answer is returned whatever its status.
    func makePledge(promise: String = "帮扶3名学业困难学生", period: String = "2026", due: String = "2026-12-20",
                    publish: Bool = true, key: String? = nil) async throws -> LiveServer.Answer {
        var headers = HTTPHeaders()
        if let key { headers.replaceOrAdd(name: "Idempotency-Key", value: key) }
        return try await json(.POST, "/api/v1/pledges", ["period": period, "promise": promise, "dueDate": due, "publish": publish],
                              headers: headers)
    }

    /// Makes a pledge and expects it stored.
    func madePledge(promise: String = "帮扶3名学业困难学生", publish: Bool = true) async throws -> PledgeDetailDTO {
        let answer = try await makePledge(promise: promise, publish: publish)
        #expect(answer.status == .created, "pledge: \(answer.status) \(answer.body.string)")
        return try PledgeWorld.decode(PledgeDetailDTO.self, answer)
    }

    @discardableResult
    func pledgePost(_ id: UUID, _ tail: String, _ body: [String: Any], key: String? = nil) async throws -> LiveServer.Answer {
        var headers = HTTPHeaders()
        if let key { headers.replaceOrAdd(name: "Idempotency-Key", value: key) }
        return try await json(.POST, "/api/v1/pledges/\(id.uuidString)/\(tail)", body, headers: headers)
    }

    func pledge(_ id: UUID) async throws -> PledgeDetailDTO {
        try PledgeWorld.decode(PledgeDetailDTO.self, try await json(.GET, "/api/v1/pledges/\(id.uuidString)"))
    }
}
