import Domain
import Foundation
import Persistence
import SQLKit
import Testing
import Vapor
@testable import Web

/// The people of the first test school the watch tests work with, read from the demo generator (never assumed):
/// counselor1 and a student of theirs, and a second counsellor of other classes with a student of those.
enum WatchWorld {
    static let world = TestWorld.first
    static var school: School.ID { world.school.id }
    static var student1: Person { TestWorld.person(of: "student1") }
    static var counselorClasses: Set<GridUnit.ID> { Set(world.account("counselor1")!.assignments.compactMap(\.gridUnitID)) }

    /// A counsellor without a demo account whose classes counselor1 does not look after.
    static func otherCounselor() throws -> DemoCounselor {
        let accountHolders = Set(world.accounts.compactMap(\.personID))
        return try #require(world.counselors.first { c in
            !accountHolders.contains(c.personID) && !c.classIDs.isEmpty && counselorClasses.isDisjoint(with: c.classIDs)
        })
    }

    /// A student of these classes whom the demo's reports have not put on watch: student1 if free, else another.
    static func unwatchedStudent(of classes: Set<GridUnit.ID>, _ app: Application) async throws -> Person {
        let inClasses: (Person) -> Bool = { person in person.classID.map { classes.contains($0) } ?? false }
        let others: [Person] = world.people.map(\.person).filter { $0.kind == .student && inClasses($0) }
        let candidates: [Person] = (inClasses(student1) ? [student1] : []) + others
        for person in candidates where try await app.stores.watches.openWatch(of: person.id, scope: .system) == nil { return person }
        Issue.record("every student of these classes is under watch"); throw DomainError.notFound
    }

    static func unwatchedStudent(_ app: Application) async throws -> Person {
        try await unwatchedStudent(of: counselorClasses, app)
    }

    /// Gives the second counsellor an account, `counselor2`, with the counsellor role on each of their classes,
    /// as the security admin would.
    static func makeSecondCounselor(_ app: Application) async throws -> DemoCounselor {
        let counselor = try otherCounselor()
        let context = AuditContext(actor: .system, address: "test", now: app.zhibu.clock.now())
        let id = try await app.stores.accounts.create(login: "counselor2", displayName: "第二辅导员", password: TestWorld.password,
                                                      school: school, person: counselor.personID, isDemo: true,
                                                      hasher: app.zhibu.hasher, context: context)
        for classID in counselor.classIDs {
            try await app.stores.accounts.assign(RoleAssignment(id: .init(UUID()), role: .counselor, schoolID: school, gridUnitID: classID),
                                                 to: id, context: context)
        }
        return counselor
    }

    /// Opens a watch through the store, as the daily-report writer or a counsellor would, for the tests' setup.
    static func open(_ person: Person.ID, reason: String, app: Application) async throws -> Watch {
        let actor = Actor(accountID: .init(UUID()), login: "test-counselor", displayName: "测试辅导员", personID: nil,
                          schoolID: school, roles: [.counselor], scope: Scope(schools: .only([school]), grants: [.everything]))
        let now = app.zhibu.clock.now()
        return try await app.stores.watches.open(person: person, reason: reason, day: LocalDate(now, in: .schoolDefault),
                                                 context: AuditContext(actor: actor, address: "test", now: now))
    }

    static func auditCount(_ action: AuditAction, app: Application) async throws -> Int {
        struct Row: Decodable { var n: Int }
        return try await (app.db as! any SQLDatabase).raw("SELECT COUNT(*) AS n FROM audit_events WHERE action = \(bind: action.rawValue)")
            .first(decoding: Row.self)?.n ?? -1
    }

    static func decode<T: Decodable>(_ type: T.Type, _ answer: LiveServer.Answer) throws -> T {
        try MeetingWorld.decoder().decode(type, from: Data(buffer: answer.body))
    }

    /// The watch id a page redirect names: `/watches/<id>`.
    static func id(from answer: LiveServer.Answer) throws -> String {
        let location = try #require(answer.headers.first(name: .location))
        return String(try #require(location.split(separator: "/").last))
    }
}
