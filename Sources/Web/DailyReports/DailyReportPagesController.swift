import Domain
import Foundation
import Persistence
import Vapor

/// The daily report pages: the student's report of today, the units' summary, lists, trend and exports.
/// The exports sit under `.viewDailyReports` (the pages' own permission) and also need `.exportLists`, which
/// every role that views the reports holds; a branch secretary, who may export other lists, sees no reports.
enum DailyReportPagesController {
    static var endpoints: [Endpoint] {
        [
            Endpoint(.GET, "reports/today", .submitDailyReports, today),
            Endpoint(.POST, "reports/today", .submitDailyReports, submit),
            Endpoint(.POST, "reports/consent", .submitDailyReports, ReportConsentPage.grant),
            Endpoint(.POST, "reports/consent/revoke", .submitDailyReports, ReportConsentPage.revoke),
            Endpoint(.GET, "reports", .viewDailyReports, ReportSummaryPage.response),
            Endpoint(.GET, "reports/missing", .viewDailyReports, ReportListPage.missing),
            Endpoint(.GET, "reports/abnormal", .viewDailyReports, ReportListPage.abnormal),
            Endpoint(.GET, "reports/breakdown", .viewDailyReports, ReportBreakdownPage.response),
            Endpoint(.GET, "reports/person/:personId", .viewDailyReports, ReportPersonPage.response),
            Endpoint(.GET, "reports/export", .viewDailyReports, ReportExports.summary),
            Endpoint(.GET, "reports/missing/export", .viewDailyReports, ReportExports.missing),
            Endpoint(.GET, "reports/abnormal/export", .viewDailyReports, ReportExports.abnormal),
        ]
    }

    @Sendable static func today(_ request: Request) async throws -> Response {
        let notice = request.query[String.self, at: "done"].flatMap(ReportNotice.init(rawValue:))
        return try await ReportToday.response(request, notice: notice?.text(request.strings))
    }

    /// One post, one report: the writer stores it (group commit), and the form's key makes a double tap or a resent
    /// request answer the first. A refused answer shows the form again with what was typed.
    @Sendable static func submit(_ request: Request) async throws -> Response {
        var input = ReportTodayInput(fields: try request.content.decode([String: String].self))
        do {
            _ = try await request.submitReport(input.typed, key: input.submission)
            return request.redirect(to: DailyReportRoute.today(.reported).path, redirectType: .normal)
        } catch let error as DomainError where error.status == .unprocessableEntity || error.status == .conflict {
            guard error.field == "Idempotency-Key" else { return try await ReportToday.response(request, input: input, error: error) }
            // The key went with other answers already (a lost answer, then an edit): a new key lets them send again.
            input.submission = UUID().uuidString
            return try await ReportToday.response(request, input: input, error: .conflict(Strings.bilingual(\.reportAlreadySent)))
        }
    }
}
