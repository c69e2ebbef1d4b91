import Domain
import FluentKit
import Foundation
import Persistence
import Testing

/// Scope turns into SQL that returns exactly the rows of the subtree, on both engines.
@Suite struct ScopeQueryTests {
    static let today = LocalDate(year: 2026, month: 11, day: 18)!

    struct PlainHasher: PasswordHasher {
        func hash(_ password: String) throws -> String { "plain:" + password }
        func verify(_ password: String, against hash: String) throws -> Bool { hash == "plain:" + password }
    }

    private func seeded(_ body: (Stores, DemoUniversity) async throws -> Void) async throws {
        try await TestDatabases.with { db in
            try await db.migrate()
            let stores = Stores(database: db.database, keyring: Keyring(masterKey: Data(repeating: 1, count: 32)), clock: .live)
            let demo = DemoUniversity.generate(seed: 5, students: 200, today: Self.today)
            try await DemoSeeder(stores: stores, hasher: PlainHasher()).seed(demo) { _ in }
            try await body(stores, demo)
        }
    }

    @Test func organizationScope_returnsTheSubtreeOnly() async throws {
        try await seeded { stores, demo in
            // setup
            let college = demo.organizations.first { $0.parentID != nil && $0.kind == .committee }!
            let scope = Scope(schools: .only([demo.school.id]), grants: [.organizations([college.path])])
            // MUT
            let visible = try await stores.organizations.list(scope: scope)
            let people = try await stores.people.all(.init(), scope: scope)
            // validate
            #expect(Set(visible.map(\.id)) == Set(demo.organizations.filter { college.path.contains($0.path) }.map(\.id)))
            let expected = demo.people.filter { p in
                p.person.organizationID.flatMap { id in demo.organizations.first { $0.id == id } }.map { college.path.contains($0.path) } == true
            }
            #expect(people.count == expected.count)
        }
    }

    @Test func otherSchool_andEmptyScope_seeNothing() async throws {
        try await seeded { stores, demo in
            let elsewhere = Scope(schools: .only([School.ID(UUID())]), grants: [.everything])
            let foreignPeople = try await stores.people.all(.init(), scope: elsewhere)
            let noOrganizations = try await stores.organizations.list(scope: .nothing)
            #expect(foreignPeople.isEmpty)
            #expect(noOrganizations.isEmpty)
            let someone = demo.people[0].person.id
            let hidden = Scope(schools: .only([demo.school.id]), grants: [])
            await #expect(throws: DomainError.notFound) { _ = try await stores.people.find(someone, scope: hidden) }
        }
    }

    @Test func personalNumbers_areSealed_andFoundOnlyByKeyedHash() async throws {
        try await seeded { stores, demo in
            let subject = demo.people.first { $0.idNumber != nil }!
            let everything = Scope(schools: .only([demo.school.id]), grants: [.everything])
            let found = try await stores.people.lookup(personalNumber: subject.idNumber!.value, scope: everything)
            #expect(found.map(\.id) == [subject.person.id])
            let raw = try await stores.database.sqlRows("SELECT id_number_cipher, id_number_hash FROM people")
            #expect(!raw.contains { $0.contains(subject.idNumber!.value) })
        }
    }

    @Test func auditChain_staysIntact_acrossManyWrites() async throws {
        try await seeded { stores, demo in
            let result = try await stores.audit.verify(on: stores.database)
            #expect(result.isIntact, "\(result.problems)")
            #expect(result.eventsChecked >= demo.accounts.count)
        }
    }
}
