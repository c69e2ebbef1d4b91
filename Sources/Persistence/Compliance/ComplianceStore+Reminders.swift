import Domain
import FluentKit
import Foundation
import SQLKit

extension ComplianceStore {
    /// Sends the reminders owed today in every school: an in-app notice to the secretaries of each branch that still
    /// owes a meeting (at the period's start and in the days before its end), and a message to the branch's robots.
    /// Each reminder's key is stored with its notice in one transaction, so a second run sends nothing twice.
    /// Answers how many reminders went out.
    @discardableResult
    public func sendReminders(now: Date, keyring: Keyring) async throws -> Int {
        var sent = 0
        for school in try await SchoolStore(database: database).all() {
            let today = LocalDate(now, in: school.timeZone)
            let scope = Scope(schools: .only([school.id]), grants: [.everything])
            guard let report = try? await board(under: nil, year: today.year, today: today, scope: scope) else { continue }
            let due = MeetingReminder.due(cells: report.cells, today: today, daysBeforeEnd: report.rules.reminderDaysBeforeEnd)
            let already = try await sentKeys(due.map(\.key))
            let pending = due.filter { !already.contains($0.key) }
            let byOrganization = Dictionary(grouping: pending, by: \.organizationID)
            let organizations = Dictionary(uniqueKeysWithValues: report.organizations.map { ($0.id, $0) })
            for (organizationID, reminders) in byOrganization {
                guard let organization = organizations[organizationID] else { continue }
                // A party group's meetings are its branch's secretary's to arrange.
                let branchID = organization.kind == .group ? (organization.parentID ?? organizationID) : organizationID
                let secretaries = try await secretaries(of: branchID)
                try await send(reminders, for: organization, to: secretaries, school: school.id, now: now, keyring: keyring)
                sent += reminders.count
            }
        }
        return sent
    }

    private func send(_ reminders: [MeetingReminder], for organization: Organization, to people: [Person.ID],
                      school: School.ID, now: Date, keyring: Keyring) async throws {
        let body = reminders.map { "· " + $0.message.zh }.joined(separator: "\n")
        let title = "\(organization.name)：组织生活提醒"
        try await database.writing { tx in
            let sql = tx as! any SQLDatabase
            for reminder in reminders {
                try await sql.insert(into: "sent_reminders").columns("key", "sent_at")
                    .values(SQLBind(reminder.key), SQLBind(now)).run()
            }
            let notices = NoticeStore(database: tx, audit: audit)
            for person in people {
                try await notices.insert(school: school, person: person, title: title, body: body,
                                         link: "/compliance?org=\(organization.id.rawValue)", now: now, on: tx)
            }
            try await RobotWebhookStore(database: tx, keyring: keyring, audit: audit)
                .notify(organization.id, RobotPayload(text: title + "\n" + body), now: now, on: tx)
            try await audit.append(AuditEvent(schoolID: school, at: now, actorLogin: Actor.system.login, action: .remindersSent,
                                              target: "organization:\(organization.id.rawValue)", result: .success, address: "job",
                                              detail: reminders.map(\.key).joined(separator: ",")), on: tx)
        }
    }

    /// The branch's secretary and deputy secretary (支部书记、副书记).
    private func secretaries(of branch: Organization.ID) async throws -> [Person.ID] {
        try await PersonRecord.query(on: database).filter(\.$organizationID == branch.rawValue)
            .filter(\.$committeeRole ~~ [CommitteeRole.secretary.rawValue, CommitteeRole.deputySecretary.rawValue])
            .all().map { .init($0.id!) }
    }

    private func sentKeys(_ keys: [String]) async throws -> Set<String> {
        guard !keys.isEmpty else { return [] }
        var found = Set<String>()
        // In chunks, to stay under the databases' limits on bound parameters.
        for start in stride(from: 0, to: keys.count, by: 500) {
            let chunk = Array(keys[start..<min(start + 500, keys.count)])
            let rows = try await (database as! any SQLDatabase).select().column("key").from("sent_reminders")
                .where("key", .in, SQLBind.group(chunk)).all(decoding: KeyRow.self)
            found.formUnion(rows.map(\.key))
        }
        return found
    }

    struct KeyRow: Decodable { var key: String }
}
