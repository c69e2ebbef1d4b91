import Domain
import FluentKit
import Foundation
import SQLKit

/// A school's working calendar (its own entries over the official arrangements) and its ticket settings.
public struct CalendarStore: Sendable {
    let database: any Database
    let audit: AuditLog

    static let settingsKey = "ticket_settings"

    /// The school's own entries, optionally of one year.
    public func entries(of school: School.ID, year: Int? = nil) async throws -> [CalendarDay] {
        let query = (database as! any SQLDatabase).select().columns("day", "kind", "name").from("calendar_days")
            .where("school_id", .equal, SQLBind(school.rawValue))
        if let year { query.where("day", .greaterThanOrEqual, SQLBind("\(year)-01-01")).where("day", .lessThanOrEqual, SQLBind("\(year)-12-31")) }
        return try await query.orderBy("day").all(decoding: Row.self).compactMap(\.entry)
    }

    /// The calendar deadlines are counted on: the official arrangements of the years around `year` and the school's entries.
    public func calendar(of school: School.ID, around year: Int) async throws -> WorkCalendar {
        WorkCalendar.standard(around: year, school: try await entries(of: school))
    }

    public func deadlines(of school: School, around year: Int) async throws -> TicketDeadlines {
        TicketDeadlines(calendar: try await calendar(of: school.id, around: year), timeZone: school.timeZone,
                        settings: try await settings(of: school.id))
    }

    /// Adds or replaces the school's entry for a date. Deadlines already set keep their day: a ticket's clock is
    /// fixed when it starts, as the requester was told.
    public func set(_ day: CalendarDay, school: School.ID, context: AuditContext) async throws {
        try DepartmentStore.checkConfigures(school, context.actor)
        let name = day.name.trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty || name.count > 40 {
            throw DomainError.invalid(field: "name", message: Message(zh: "请填写名称（不超过40字）", en: "Give the day a name (at most 40 characters)"))
        }
        try await database.writing { tx in
            try await (tx as! any SQLDatabase).insert(into: "calendar_days")
                .columns("school_id", "day", "kind", "name", "updated_by", "updated_at")
                .values(SQLBind(school.rawValue), SQLBind(day.date.iso), SQLBind(day.kind.rawValue), SQLBind(name),
                        SQLBind(context.actor.login), SQLBind(context.now))
                .onConflict(with: ["school_id", "day"]) {
                    $0.set(excludedValueOf: "kind").set(excludedValueOf: "name").set(excludedValueOf: "updated_by").set(excludedValueOf: "updated_at")
                }
                .run()
            try await audit.append(context.event(.calendarChanged, target: "school:\(school.rawValue)", school: school,
                                                 detail: "set \(day.date.iso) \(day.kind.rawValue) \(name)"), on: tx)
        }
    }

    /// Removes the school's entry for a date: the official arrangement (or the ordinary week) applies again.
    public func remove(_ date: LocalDate, school: School.ID, context: AuditContext) async throws {
        try DepartmentStore.checkConfigures(school, context.actor)
        try await database.writing { tx in
            let sql = tx as! any SQLDatabase
            let found = try await sql.select().column("day").from("calendar_days").where("school_id", .equal, SQLBind(school.rawValue))
                .where("day", .equal, SQLBind(date.iso)).first()
            guard found != nil else { throw DomainError.notFound }
            try await sql.delete(from: "calendar_days").where("school_id", .equal, SQLBind(school.rawValue))
                .where("day", .equal, SQLBind(date.iso)).run()
            try await audit.append(context.event(.calendarChanged, target: "school:\(school.rawValue)", school: school,
                                                 detail: "removed \(date.iso)"), on: tx)
        }
    }

    public func settings(of school: School.ID) async throws -> TicketSettings {
        try await SchoolSettings.read(TicketSettings.self, key: Self.settingsKey, school: school, on: database as! any SQLDatabase) ?? .standard
    }

    public func save(_ settings: TicketSettings, for school: School.ID, context: AuditContext) async throws {
        try DepartmentStore.checkConfigures(school, context.actor)
        let settings = try settings.validated()
        try await database.writing { tx in
            try await SchoolSettings.write(settings, key: Self.settingsKey, school: school, context: context, on: tx as! any SQLDatabase)
            try await audit.append(context.event(.ticketSettingsChanged, target: "school:\(school.rawValue)", school: school,
                                                 detail: "confirm=\(settings.autoConfirmDays)d reopen=\(settings.reopenDays)d supervise=\(settings.supervisorAfterWorkingDays)wd"), on: tx)
        }
    }

    struct Row: Decodable {
        var day: String, kind: String, name: String
        var entry: CalendarDay? {
            guard let date = LocalDate(iso: day), let kind = CalendarDay.Kind(rawValue: kind) else { return nil }
            return CalendarDay(date, kind, name)
        }
    }
}
