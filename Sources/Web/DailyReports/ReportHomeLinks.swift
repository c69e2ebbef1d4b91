import Domain
import Persistence
import Plot
import Vapor

/// The home page's daily report lines: a student's button to today's report, and for staff the number of their
/// students who have not reported today, linking straight to the list.
enum ReportHomeLinks {
    /// Today's missing count in the actor's reach, or nil when the actor does not view reports.
    static func missingToday(_ request: Request) async throws -> Int? {
        let actor = try request.actor
        guard actor.may(.viewDailyReports), let school = actor.schoolID else { return nil }
        let summary = try await request.dailyReports.summary(of: nil, on: try await request.today(), school: school,
                                                                    scope: actor.scope)
        return summary.total.missing
    }

    static func render(missingToday: Int?, context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        return .group(
            .if(context.may(.submitDailyReports),
                .p(.a(.class("button big"), .href(DailyReportRoute.today(nil).path), .text(s.reportTodayButton)))),
            .unwrap(missingToday) { missing in
                .p(.a(.class(missing > 0 ? "button secondary" : "button"), .href(DailyReportRoute.missing(ReportUnitQuery()).path),
                      .text(s.reportTodayMissing(missing))))
            })
    }
}
