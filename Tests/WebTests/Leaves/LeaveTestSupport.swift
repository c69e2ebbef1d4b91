import Domain
import Foundation
import NIOCore
import NIOHTTP1
import Persistence
import Testing
import Vapor
@testable import Web

/// The people and places of the first test school that the ledger's tests work with, read from the demo
/// generator (never assumed): counselor1's classes, and a class of someone else.
enum LeaveWorld {
    static let world = TestWorld.first
    /// Wednesday 2026-11-18, 10:00 in Shanghai.
    static let now = TicketWorld.wednesday
    static let today = LocalDate(year: 2026, month: 11, day: 18)!

    static func day(_ offset: Int) -> String { today.adding(days: offset).iso }

    static var counselorClasses: Set<GridUnit.ID> { Set(world.account("counselor1")!.assignments.compactMap(\.gridUnitID)) }

    /// A class with students that counselor1 does not look after.
    static var otherClass: GridUnit.ID {
        world.people.compactMap { $0.person.kind == .student ? $0.person.classID : nil }.first { !counselorClasses.contains($0) }!
    }

    /// Creates a demo login that is counsellor of one class (a demo account: no first-login password change).
    static func addCounselor(_ app: Application, login: String, of unit: GridUnit.ID) async throws {
        let context = AuditContext(actor: .system, address: "test", now: now)
        let id = try await app.stores.accounts.create(login: login, displayName: "辅导员乙", password: TestWorld.password,
                                                      school: world.school.id, person: nil, isDemo: true,
                                                      hasher: app.zhibu.hasher, context: context)
        try await app.stores.accounts.assign(RoleAssignment(id: .init(UUID()), role: .counselor, schoolID: world.school.id,
                                                            gridUnitID: unit), to: id, context: context)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ answer: LiveServer.Answer) throws -> T {
        try MeetingWorld.decoder().decode(type, from: Data(buffer: answer.body))
    }
}

extension Browser {
    /// Applies for leave through the API as the logged-in student; the answer is returned whatever its status.
    func applyForLeave(first: Int = 0, last: Int = 2, destination: String = "北京", reason: String = "家中有事",
                       key: String? = nil) async throws -> LiveServer.Answer {
        var headers = HTTPHeaders()
        if let key { headers.replaceOrAdd(name: "Idempotency-Key", value: key) }
        return try await json(.POST, "/api/v1/leaves", ["firstDay": LeaveWorld.day(first), "lastDay": LeaveWorld.day(last),
                                                        "destination": destination, "reason": reason], headers: headers)
    }

    /// Applies and expects a stored application.
    func appliedLeave(first: Int = 0, last: Int = 2, destination: String = "北京", key: String? = nil) async throws -> LeaveDetailDTO {
        let answer = try await applyForLeave(first: first, last: last, destination: destination, key: key)
        #expect(answer.status == .created, "apply: \(answer.status) \(answer.body.string)")
        return try LeaveWorld.decode(LeaveDetailDTO.self, answer)
    }

    @discardableResult
    func leaveEvent(_ id: UUID, _ type: String, note: String? = nil) async throws -> LiveServer.Answer {
        var body: [String: Any] = ["type": type]
        if let note { body["note"] = note }
        return try await json(.POST, "/api/v1/leaves/\(id.uuidString)/events", body)
    }

    func leave(_ id: UUID) async throws -> LeaveDetailDTO {
        try LeaveWorld.decode(LeaveDetailDTO.self, try await json(.GET, "/api/v1/leaves/\(id.uuidString)"))
    }
}
