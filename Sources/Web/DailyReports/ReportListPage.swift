import Domain
import Foundation
import Persistence
import Plot
import Vapor

/// 未报名单 and 异常名单 of a unit's day: cards a counsellor reads on a phone, each name opening the student's
/// recent reports. The abnormal list shows why and when; both can be exported.
enum ReportListPage {
    enum Kind: Sendable { case missing, abnormal }

    struct Model: Sendable {
        var kind: Kind
        var entries: [ReportListEntry]
        var unitName: String?
        var query: ReportUnitQuery
        var today: LocalDate
        var timeZone: TimeZone
        /// How many the counsellor's reminder just reached (`?reminded=N` after POST /reports/remind).
        var reminded: Int?
    }

    static func load(_ request: Request, kind: Kind) async throws -> Model {
        let staff = try await ReportStaffRequest(request)
        let entries = try await entries(request, staff: staff, kind: kind)
        let unitName = try await staff.unitName(request.stores)
        return Model(kind: kind, entries: entries, unitName: unitName, query: staff.fixedQuery, today: staff.today,
                     timeZone: try await request.schoolTimeZone(), reminded: request.query[Int.self, at: "reminded"])
    }

    /// The list itself, as the page and the export read it.
    static func entries(_ request: Request, staff: ReportStaffRequest, kind: Kind) async throws -> [ReportListEntry] {
        let reports = request.stores.dailyReports, scope = staff.actor.scope
        switch kind {
        case .missing:
            return try await reports.missing(under: staff.query.unitID, on: staff.day, school: staff.school, scope: scope)
        case .abnormal:
            return try await reports.abnormal(under: staff.query.unitID, on: staff.day, school: staff.school, scope: scope,
                                              forms: request.stores.reportForms)
        }
    }

    @Sendable static func missing(_ request: Request) async throws -> Response {
        try View(model: try await load(request, kind: .missing), context: PageContext(request)).render().response()
    }

    @Sendable static func abnormal(_ request: Request) async throws -> Response {
        try View(model: try await load(request, kind: .abnormal), context: PageContext(request)).render().response()
    }

    struct View {
        var model: Model
        var context: PageContext

        func render() -> HTML {
            let s = context.strings, q = model.query
            let missing = model.kind == .missing
            let title = missing ? s.reportMissingTitle : s.reportAbnormalTitle
            let export = missing ? DailyReportRoute.exportMissing(q) : DailyReportRoute.exportAbnormal(q)
            return Layout.page(title, context, .group(
                .p(.a(.href(DailyReportRoute.summary(q).path), .text(s.reportBackToSummary)),
                   .text(" · \(model.unitName ?? s.reportWholeReach) · \(q.day?.iso ?? "")")),
                ReportPageParts.dayPicker(q, today: model.today, strings: s) {
                    (missing ? DailyReportRoute.missing($0) : DailyReportRoute.abnormal($0)).path
                },
                .unwrap(model.reminded) { .p(.class("ok"), .text(s.reportReminded($0))) },
                .p(.text(s.reportListCount(model.entries.count))),
                .if(missing && context.may(.remindDailyReports) && !model.entries.isEmpty && (q.day ?? model.today) == model.today,
                    .form(.method(.post), .action(ReportFormRoute.remind(unit: q.unitID, date: q.day).path), .class("inline"),
                          Form.csrf(context.csrfToken), .button(.type(.submit), .class("button primary"), .text(s.reportRemind)))),
                model.entries.isEmpty ? .p(.class("ok"), .text(missing ? s.reportNobodyMissing : s.reportNobodyAbnormal)) : cards(),
                .if(context.may(.exportLists) && !model.entries.isEmpty,
                    .p(.a(.class("button secondary"), .href(export.path), .text(s.exportXLSX))))))
        }

        private func cards() -> Node<HTML.BodyContext> {
            let s = context.strings
            return .ul(.class("cards report-list"), .forEach(model.entries) { entry in
                .li(.class(model.kind == .abnormal ? "card overdue" : "card"),
                    .attribute(named: "data-person", value: entry.personID.rawValue.uuidString),
                    .a(.href(DailyReportRoute.person(entry.personID).path), .text(entry.name)),
                    .p(.class("meta"), .text([entry.number, entry.className, entry.dormName].compactMap { $0 }.joined(separator: " · "))),
                    .unwrap(entry.report) { report in
                        .p(.class("meta"),
                           .text(entry.reasons.joined(separator: "；")),
                           .text(" · \(s.reportSubmittedAt) \(ReportClock.time(report.submittedAt, in: model.timeZone))"),
                           .if(report.isLate, .span(.class("badge"), .text(s.reportLate))))
                    })
            })
        }
    }
}
