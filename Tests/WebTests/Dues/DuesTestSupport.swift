import Domain
import Fluent
import Foundation
import NIOCore
import NIOHTTP1
import Persistence
import Testing
import Vapor
@testable import Web

/// The branch, members and months the dues tests work with, read from the demo generator (never assumed):
/// branch1's branch, member1, and the demo's payments (`DemoDues`) for the first test school.
enum DuesWorld {
    static let world = TestWorld.first
    /// Wednesday 2026-11-18, 10:00 in Shanghai.
    static let now = TicketWorld.wednesday
    static let month = YearMonth(year: 2026, month: 11)!
    static let dues = DemoDues.generate(for: world)

    static var branch: Organization.ID { world.account("branch1")!.assignments.first!.organizationID! }
    static var member1: Person { TestWorld.person(of: "member1") }

    /// Another student branch of the same school, with members.
    static var otherBranch: Organization.ID {
        world.organizations.first { o in
            o.kind == .branch && o.id != branch && world.people.contains { $0.person.organizationID == o.id && $0.person.politicalStatus.isPartyMember }
        }!.id
    }

    /// Creates a demo login that is secretary of one branch (a demo account: no first-login password change).
    static func addSecretary(_ app: Application, login: String, of branch: Organization.ID) async throws {
        let context = AuditContext(actor: .system, address: "test", now: now)
        let id = try await app.stores.accounts.create(login: login, displayName: "书记乙", password: TestWorld.password,
                                                      school: world.school.id, person: nil, isDemo: true,
                                                      hasher: app.zhibu.hasher, context: context)
        try await app.stores.accounts.assign(RoleAssignment(id: .init(UUID()), role: .branchSecretary, schoolID: world.school.id,
                                                            organizationID: branch), to: id, context: context)
    }

    /// Stored payments of a member for a month (0 or 1: the table holds one per member and month).
    static func stored(_ app: Application, person: Person.ID, month: YearMonth) async throws -> Int {
        try await app.db.query(DuesPaymentProbe.self).filter(\.$personID == person.rawValue).filter(\.$month == month.iso).count()
    }

    /// Point entries whose source is this payment (one at most: person, event and source are unique).
    static func points(_ app: Application, payment: UUID) async throws -> Int {
        try await app.db.query(DuesPointProbe.self).filter(\.$source == "dues_payment:\(payment)").count()
    }

    static func decode<T: Decodable>(_ type: T.Type, _ answer: LiveServer.Answer) throws -> T {
        try MeetingWorld.decoder().decode(type, from: Data(buffer: answer.body))
    }
}

/// A read-only view of `point_entries`: the points a dues payment earned, by its source.
final class DuesPointProbe: Model, @unchecked Sendable {
    static let schema = "point_entries"
    @ID(key: .id) var id: UUID?
    @Field(key: "person_id") var personID: UUID
    @OptionalField(key: "source") var source: String?
    init() {}
}

/// A read-only view of `dues_payments` for the tests' counts.
final class DuesPaymentProbe: Model, @unchecked Sendable {
    static let schema = "dues_payments"
    @ID(key: .id) var id: UUID?
    @Field(key: "person_id") var personID: UUID
    @Field(key: "month") var month: String
    init() {}
}

extension Browser {
    /// The branch's year through the API.
    func duesSheet(_ org: Organization.ID? = DuesWorld.branch, year: Int = 2026) async throws -> DuesSheetDTO {
        let query = org.map { "?org=\($0.rawValue)&year=\(year)" } ?? "?year=\(year)"
        let answer = try await json(.GET, "/api/v1/dues" + query)
        #expect(answer.status == .ok, "sheet: \(answer.status) \(answer.body.string)")
        return try DuesWorld.decode(DuesSheetDTO.self, answer)
    }

    func recordDues(_ body: [String: Any], key: String? = nil) async throws -> LiveServer.Answer {
        var headers = HTTPHeaders()
        if let key { headers.replaceOrAdd(name: "Idempotency-Key", value: key) }
        return try await json(.POST, "/api/v1/dues/payments", body, headers: headers)
    }
}

extension DuesSheetDTO {
    /// Members whose `month` is owed, and who can be recorded with the month (not on an annual salary).
    func owing(_ month: YearMonth) -> [DuesMemberDTO] {
        members.filter { m in m.category != .annualSalary && m.months.contains { $0.month == month.iso && $0.status == "owed" } }
    }
}
