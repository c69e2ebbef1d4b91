import Domain
import Foundation
import NIOHTTP1
import Persistence
import Testing
import Vapor
@testable import Web

/// The people and places of the first test school that the points tests work with, read from the demo generator:
/// `member1` of `branch1`'s branch, and a member of a branch outside `college1`'s college.
enum PointWorld {
    static let world = TestWorld.first
    /// Wednesday 2026-12-16, 10:00 in Shanghai: a month after the demo's day, so the demo's entries (up to
    /// 2026-11-18) fill no day or month cap of these tests; balances are compared before and after.
    static let now = MeetingWorld.instant("2026-12-16T10:00")
    static let today = LocalDate(year: 2026, month: 12, day: 16)!
    static func day(_ offset: Int) -> String { today.adding(days: offset).iso }

    static var member: Person { TestWorld.person(of: "member1") }
    static var farMember: Person {
        let far = MeetingWorld.farBranch.id
        return world.people.first { $0.person.organizationID == far && $0.person.politicalStatus.isPartyMember }!.person
    }

    /// Saves a rule through the organisation department's settings page.
    static func setRule(_ app: Application, _ event: PointEvent, points: Int, unit: PointUnit = .occurrence, daily: Int? = nil,
                        monthly: Int? = nil, approval: Bool = false, enabled: Bool = true) async throws {
        let org = try Browser(app)
        _ = try await org.login("org")
        var form = ["name": event.label.zh, "points": String(points), "unit": unit.rawValue,
                    "dailyCap": daily.map(String.init) ?? "", "monthlyCap": monthly.map(String.init) ?? ""]
        if approval { form["needsApproval"] = "true" }
        if enabled { form["enabled"] = "true" }
        let answer = try await org.post("/settings/points/\(event.rawValue)", form: form)
        try #require(answer.status == .seeOther, "saving the rule: \(answer.status) \(answer.body.string)")
    }

    static func decode<T: Decodable>(_ type: T.Type, _ answer: LiveServer.Answer) throws -> T {
        try MeetingWorld.decoder().decode(type, from: Data(buffer: answer.body))
    }
}

extension Browser {
    /// Claims points through the API; the answer is returned whatever its status.
    @discardableResult
    func claimPoints(_ event: PointEvent, quantity: Int, day: Int = 0, person: UUID? = nil, evidence: String = "活动签到表",
                     key: String? = UUID().uuidString) async throws -> LiveServer.Answer {
        var headers = HTTPHeaders()
        if let key { headers.replaceOrAdd(name: "Idempotency-Key", value: key) }
        var body: [String: Any] = ["event": event.rawValue, "quantity": quantity, "day": PointWorld.day(day), "evidence": evidence]
        if let person { body["person"] = person.uuidString }
        return try await json(.POST, "/api/v1/points/entries", body, headers: headers)
    }

    func ledger(of person: UUID? = nil) async throws -> PointLedgerDTO {
        let answer = try await json(.GET, "/api/v1/points/ledger" + (person.map { "?person=\($0.uuidString)&pageSize=500" } ?? "?pageSize=500"))
        try #require(answer.status == .ok, "ledger: \(answer.status) \(answer.body.string)")
        return try PointWorld.decode(PointLedgerDTO.self, answer)
    }
}
