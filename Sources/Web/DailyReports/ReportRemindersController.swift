import Domain
import Foundation
import Persistence
import Vapor

/// The counsellor's one action on the missing list: an in-app notice to every student of the unit, within their
/// scope, who has not reported today. Audited with the count; a unit out of scope is a missing one (404).
enum ReportRemindersController {
    static let endpoints = [
        Endpoint(.POST, ReportFormRoute.Pattern.remind, .remindDailyReports, remind),
        Endpoint(.POST, "api/v1/daily-reports/reminders", .remindDailyReports, remindAPI),
    ]

    /// From the missing list's button: back to that list, which says how many were reminded.
    @Sendable static func remind(_ request: Request) async throws -> Response {
        let (unit, day) = try await request.reportPlace()
        let count = try await send(request, unit: unit, day: day)
        return request.redirect(to: ReportFormRoute.missing(unit: unit, date: day, reminded: count).path, redirectType: .normal)
    }

    @Sendable static func remindAPI(_ request: Request) async throws -> Response {
        let body = try request.content.decode(ReportReminderRequest.self)
        let count = try await send(request, unit: body.unit.map(GridUnit.ID.init(rawValue:)), day: try await request.today())
        return try await ReportReminderResponse(reminded: count).json(request)
    }

    /// Reminding is about today's report: a past day's students can no longer report it on time.
    private static func send(_ request: Request, unit: GridUnit.ID?, day: LocalDate) async throws -> Int {
        guard day == (try await request.today()) else { throw ReportQuestionForm.invalid("date", \.reportRemindTodayOnly) }
        return try await request.stores.reportReminders.remind(under: unit, on: day, context: try request.auditContext)
    }
}
