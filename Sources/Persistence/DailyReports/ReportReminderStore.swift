import Domain
import FluentKit
import Foundation
import SQLKit

/// In-app reminders to students who have not reported today (未报): the school's daily one, sent once per school
/// and day by the reminder job, and the counsellor's own, sent to the missing students of their scope.
public struct ReportReminderStore: Sendable {
    let database: any Database
    let audit: AuditLog

    public static let title = "今日安全日报未提交"
    public static let link = "/reports/today"

    /// The daily reminder of a school: the missing students of the whole school on `day`, unless this day's
    /// reminder was sent already. Its key is written with the notices, so a second run (or a second server)
    /// finds it and sends nothing. Returns the number of students reminded.
    public func sendDaily(school: School.ID, on day: LocalDate, now: Date) async throws -> Int {
        let key = "daily-report:\(school.rawValue.uuidString.lowercased()):\(day.iso)"
        guard try await !isSent(key) else { return 0 }
        // A job acts for the system; the list is limited to `school` by its own condition.
        let missing = try await DailyReportStore(database: database, audit: audit).missing(under: nil, on: day, school: school, scope: .system)
        let people = missing.map(\.personID)
        do {
            try await database.writing { tx in
                try await (tx as! any SQLDatabase).insert(into: "sent_reminders").columns("key", "sent_at")
                    .values(SQLBind(key), SQLBind(now)).run()
                try await Self.insertNotices(people, school: school, day: day, now: now, on: tx)
                try await audit.append(AuditEvent(schoolID: school, at: now, actorLogin: Actor.system.login, action: .reportRemindersSent,
                                                  target: "school:\(school.rawValue)", address: "job",
                                                  detail: "daily \(day.iso): \(people.count)"), on: tx)
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            return 0 // another server sent this day's reminder meanwhile
        }
        return people.count
    }

    /// The counsellor's reminder: the students of `unit` (nil: the actor's whole reach) who have not reported on
    /// `day`, within the actor's scope. An out-of-scope unit is a missing one. Returns the number reminded.
    public func remind(under unit: GridUnit.ID?, on day: LocalDate, context: AuditContext) async throws -> Int {
        let actor = context.actor
        guard actor.may(.remindDailyReports), let school = actor.schoolID else { throw DomainError.forbidden }
        let missing = try await DailyReportStore(database: database, audit: audit)
            .missing(under: unit, on: day, school: school, scope: actor.scope)
        let people = missing.map(\.personID)
        try await database.writing { tx in
            try await Self.insertNotices(people, school: school, day: day, now: context.now, on: tx)
            try await audit.append(context.event(.reportRemindersSent, target: unit.map { "grid:\($0.rawValue)" } ?? "school:\(school.rawValue)",
                                                 school: school, detail: "\(day.iso): \(people.count)"), on: tx)
        }
        return people.count
    }

    /// Whether the school's daily reminder of `day` has gone out.
    public func dailySent(school: School.ID, on day: LocalDate) async throws -> Bool {
        try await isSent("daily-report:\(school.rawValue.uuidString.lowercased()):\(day.iso)")
    }

    private func isSent(_ key: String) async throws -> Bool {
        try await (database as! any SQLDatabase).select().column("key").from("sent_reminders")
            .where("key", .equal, SQLBind(key)).first() != nil
    }

    /// One notice per student, in multi-row inserts (thousands of students at a large school).
    static func insertNotices(_ people: [Person.ID], school: School.ID, day: LocalDate, now: Date, on tx: any Database) async throws {
        let body = "请尽快提交\(day.iso)的安全日报。"
        let rows = people.map { person in
            [SQLBind(UUID()), SQLBind(school.rawValue), SQLBind(person.rawValue), SQLBind(title), SQLBind(body), SQLBind(link), SQLBind(now)]
        }
        try await MeetingRows.insert(rows, into: "notices",
                                     columns: ["id", "school_id", "person_id", "title", "body", "link", "created_at"], on: tx as! any SQLDatabase)
    }
}

extension Stores {
    public var reportReminders: ReportReminderStore { ReportReminderStore(database: database, audit: audit) }
}
