import Domain
import FluentKit
import Foundation

/// Writes a generated demo university into an empty database, in batches, reporting progress.
public struct DemoSeeder: Sendable {
    let stores: Stores
    let hasher: any PasswordHasher

    public init(stores: Stores, hasher: any PasswordHasher) { self.stores = stores; self.hasher = hasher }

    /// `meetingYears`: calendar years of meetings up to the demo's day (`DemoMeetings`); 0 for none.
    /// `tickets`: the year of tickets and briefings (`DemoTickets`); `.none` for none (departments are always written).
    /// `reports`: the days of daily reports with their consents, leaves and watches (`DemoDailyReports`).
    public func seed(_ demo: DemoUniversity, meetingYears: Int = 2, tickets: DemoTickets.Options = .standard,
                     reports: DemoDailyReports.Options = .standard, progress: @Sendable (String) -> Void) async throws {
        let db = stores.database
        try await db.writing { tx in try await SchoolRecord(demo.school).create(on: tx) }
        try await inBatches(demo.gridUnits.map(GridUnitRecord.init), label: "grid units", progress: progress)
        try await inBatches(demo.organizations.map(OrganizationRecord.init), label: "organisations", progress: progress)
        let organizations = Dictionary(uniqueKeysWithValues: demo.organizations.map { ($0.id, $0) })
        let units = Dictionary(uniqueKeysWithValues: demo.gridUnits.map { ($0.id, $0) })
        let people = try demo.people.map { try record(for: $0, organizations: organizations, units: units) }
        try await inBatches(people, label: "people", progress: progress)
        let posts = demo.people.flatMap { p in p.person.posts.map { PostRecord($0, personID: p.person.id) } }
        try await inBatches(posts, label: "posts", progress: progress)
        try await seedDepartments(demo)
        try await seedAccounts(demo)
        progress("accounts: \(demo.accounts.count)")
        try await seedOrganisationalLife(demo, years: meetingYears, progress: progress)
        try await seedTickets(demo, options: tickets, progress: progress)
        try await seedDailyReports(demo, options: reports, progress: progress)
        try await seedPledges(demo, progress: progress)
        try await seedDues(demo, progress: progress)
        try await seedPoints(demo, progress: progress)
    }

    private func record(for demo: DemoPerson, organizations: [Organization.ID: Organization],
                        units: [GridUnit.ID: GridUnit]) throws -> PersonRecord {
        let p = demo.person
        let draft = PersonDraft(number: p.number, name: p.name, gender: p.gender, kind: p.kind, politicalStatus: p.politicalStatus,
                                ethnicity: p.ethnicity, birthDate: p.birthDate, idNumber: demo.idNumber, phone: demo.phone,
                                organizationID: p.organizationID, classID: p.classID, dormID: p.dormID, stages: p.stages,
                                committeeRole: p.committeeRole, isDualLeader: p.isDualLeader)
        let record = PersonRecord()
        record.id = p.id.rawValue; record.schoolID = p.schoolID.rawValue
        try record.apply(draft, places: PersonPlaces(organization: p.organizationID.flatMap { organizations[$0] },
                                                     schoolClass: p.classID.flatMap { units[$0] },
                                                     dorm: p.dormID.flatMap { units[$0] }), keyring: stores.keyring)
        return record
    }

    private func inBatches<M: Model>(_ records: [M], label: String, progress: @Sendable (String) -> Void) async throws {
        let size = 400
        for start in stride(from: 0, to: records.count, by: size) {
            let batch = Array(records[start..<min(start + size, records.count)])
            try await stores.database.writing { tx in try await batch.create(on: tx) }
            let done = min(start + size, records.count)
            if done == records.count || (start / size) % 10 == 0 { progress("\(label): \(done)/\(records.count)") }
        }
    }

    private func seedAccounts(_ demo: DemoUniversity) async throws {
        let context = AuditContext(actor: .system, address: "cli", now: stores.clock.now())
        for account in demo.accounts {
            let id = try await stores.accounts.create(login: account.login, displayName: account.displayName,
                                                      password: DemoUniversity.demoPassword, school: demo.school.id,
                                                      person: account.personID, isDemo: true, hasher: hasher, context: context)
            for assignment in account.assignments {
                try await stores.accounts.assign(assignment, to: id, context: AuditContext(
                    actor: Actor(accountID: .init(UUID()), login: "system", displayName: "system", personID: nil,
                                 schoolID: demo.school.id, roles: [], scope: .system), address: "cli", now: stores.clock.now()))
            }
        }
    }
}
