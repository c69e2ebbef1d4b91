import Domain
import Persistence
import Vapor

/// The working calendar of a year: the official arrangements shipped with the app, the school's own entries on
/// top, and the forms that add, replace and remove the school's entries (each change audited by the store).
extension TicketSettingsController {
    @Sendable static func calendar(_ request: Request) async throws -> Response {
        let school = try school(of: request)
        return try await TicketSettingsCalendar.response(request, school: school, year: try request.year(default: try await request.today()))
    }

    @Sendable static func setDay(_ request: Request) async throws -> Response {
        let school = try school(of: request)
        let fields = try request.content.decode([String: String].self)
        let date = fields["date"].flatMap { LocalDate(iso: $0.trimmingCharacters(in: .whitespaces)) }
        do {
            guard let date, (2000...2100).contains(date.year) else { throw DomainError.invalid(field: "date", message: Strings.bilingual(\.calendarDateRequired)) }
            guard let kind = fields["kind"].flatMap(CalendarDay.Kind.init(rawValue:)) else {
                throw DomainError.invalid(field: "kind", message: Strings.bilingual(\.calendarKindRequired))
            }
            try await request.stores.calendar.set(CalendarDay(date, kind, fields["name"] ?? ""), school: school,
                                                  context: try request.auditContext)
            return request.redirect(to: TicketRoute.calendar(year: date.year).path, redirectType: .normal)
        } catch let error as DomainError where error.status == .unprocessableEntity {
            // Back to the year the form was on (a date of another year is fine: it is shown once saved).
            let year: Int
            if let shown = fields["year"].flatMap(Int.init), (2000...2100).contains(shown) { year = shown }
            else if let date { year = date.year } else { year = try await request.today().year }
            return try await TicketSettingsCalendar.response(request, school: school, year: year, typed: fields, error: error)
        }
    }

    /// Removes the school's entry of a date; a date without one is a 404.
    @Sendable static func removeDay(_ request: Request) async throws -> Response {
        let school = try school(of: request)
        let fields = try request.content.decode([String: String].self)
        guard let date = fields["date"].flatMap(LocalDate.init(iso:)) else { throw Abort(.badRequest, reason: "date must be YYYY-MM-DD") }
        try await request.stores.calendar.remove(date, school: school, context: try request.auditContext)
        return request.redirect(to: TicketRoute.calendar(year: date.year).path, redirectType: .normal)
    }
}
