import Domain
import Foundation
import Persistence
import Vapor

/// The demand tracker's settings of a school: its departments, ticket categories and rules, and its working
/// calendar (TicketSettingsController+Calendar.swift). Only an actor who reaches every ticket of the school
/// (the school-level organisation department, the supervisor) may open them; the stores check the same again.
enum TicketSettingsController {
    static let endpoints = [
        Endpoint(.GET, "settings/tickets", .configureTickets, show),
        Endpoint(.POST, "settings/tickets", .configureTickets, saveRules),
        Endpoint(.POST, "settings/tickets/departments", .configureTickets, saveDepartment),
        Endpoint(.POST, "settings/tickets/categories", .configureTickets, saveCategory),
        Endpoint(.GET, "settings/calendar", .configureTickets, calendar),
        Endpoint(.POST, "settings/calendar", .configureTickets, setDay),
        Endpoint(.POST, "settings/calendar/remove", .configureTickets, removeDay),
    ]

    @Sendable static func show(_ request: Request) async throws -> Response {
        try await TicketSettingsIndex.response(request, school: try school(of: request))
    }

    @Sendable static func saveRules(_ request: Request) async throws -> Response {
        let school = try school(of: request)
        let fields = try request.content.decode([String: String].self)
        // A word where a number belongs reaches the rule as 0, so the refusal is the rule's own message.
        let number = { (name: String) in Int(fields[name]?.trimmingCharacters(in: .whitespaces) ?? "") ?? 0 }
        let settings = TicketSettings(autoConfirmDays: number("autoConfirmDays"), reopenDays: number("reopenDays"),
                                      supervisorAfterWorkingDays: number("supervisorAfterWorkingDays"))
        return try await saving(request, school: school, form: .rules, fields: fields) {
            try await request.stores.calendar.save(settings, for: school, context: try request.auditContext)
        }
    }

    @Sendable static func saveDepartment(_ request: Request) async throws -> Response {
        let school = try school(of: request)
        let fields = try request.content.decode([String: String].self)
        let id: Department.ID? = try optionalID(fields["id"])
        return try await saving(request, school: school, form: .department(id), fields: fields) {
            _ = try await request.stores.departments.save(department: id, name: fields["name"] ?? "", isActive: fields["active"] == "true",
                                                      school: school, context: try request.auditContext)
        }
    }

    @Sendable static func saveCategory(_ request: Request) async throws -> Response {
        let school = try school(of: request)
        let fields = try request.content.decode([String: String].self)
        let id: TicketCategory.ID? = try optionalID(fields["id"])
        // No department chosen names none that exists: the store answers with its own field message.
        let department = UUID(uuidString: fields["department"] ?? "").map(Department.ID.init(rawValue:)) ?? noDepartment
        let days = Int(fields["timeLimitDays"]?.trimmingCharacters(in: .whitespaces) ?? "") ?? 0
        return try await saving(request, school: school, form: .category(id), fields: fields) {
            _ = try await request.stores.departments.save(category: id, name: fields["name"] ?? "", department: department,
                                                      timeLimitDays: days, isActive: fields["active"] == "true",
                                                      school: school, context: try request.auditContext)
        }
    }

    private static let noDepartment = Department.ID(UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)))

    /// Runs a save; back to the page on success, the page again with the error beside what was typed on a refusal.
    private static func saving(_ request: Request, school: School.ID, form: TicketSettingsIndex.FormID, fields: [String: String],
                               _ save: () async throws -> Void) async throws -> Response {
        do {
            try await save()
            return request.redirect(to: TicketRoute.settings.path, redirectType: .normal)
        } catch let error as DomainError where error.status == .unprocessableEntity {
            return try await TicketSettingsIndex.response(request, school: school, failed: form, typed: fields, error: error)
        }
    }

    /// The actor's school, if they reach all of it. The policy lets every organisation admin in; one whose scope
    /// stops at a college finds no settings here (404, as for any record out of scope), before any form is read.
    static func school(of request: Request) throws -> School.ID {
        let actor = try request.actor
        guard let school = actor.schoolID, actor.may(.configureTickets), actor.scope.reachesAllTickets,
              actor.scope.includes(school: school) else { throw DomainError.notFound }
        return school
    }

    /// An id posted by a row's form; empty means a new record, malformed a 400.
    static func optionalID<T: RawRepresentable>(_ text: String?) throws -> T? where T.RawValue == UUID {
        guard let text, !text.isEmpty else { return nil }
        guard let uuid = UUID(uuidString: text) else { throw Abort(.badRequest, reason: "malformed id") }
        return T(rawValue: uuid)
    }
}

/// The addresses the settings pages post to, beside TicketRoute's pages.
enum TicketSettingsRoute {
    case rules, departments, categories, calendarDays, removeCalendarDay

    var path: String {
        switch self {
        case .rules: TicketRoute.settings.path
        case .departments: TicketRoute.settings.path + "/departments"
        case .categories: TicketRoute.settings.path + "/categories"
        case .calendarDays: TicketRoute.calendar(year: nil).path
        case .removeCalendarDay: TicketRoute.calendar(year: nil).path + "/remove"
        }
    }
}
