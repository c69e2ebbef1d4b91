import Domain
import Foundation
import Persistence
import Vapor

/// The daily reports as .xlsx: the unit view, the missing and the abnormal list, read with the page's own scope and
/// logged as `.listExported` (by `ListExport`) before the file leaves. Exporting needs `.exportLists` as well.
enum ReportExports {
    @Sendable static func summary(_ request: Request) async throws -> Response {
        let staff = try await exporter(request)
        let s = request.strings
        let summary = try await request.dailyReports.summary(of: staff.query.unitID, on: staff.day, school: staff.school,
                                                                    scope: staff.actor.scope)
        let export = ListExport(header: ReportSummaryTable.header(s), rows: ReportSummaryTable.rows(summary, s),
                                sheetName: compact(staff.day))
        return try await respond(export, request, staff: staff, ascii: "daily-reports", localised: s.reportSummaryFileName,
                                 target: "daily_reports")
    }

    @Sendable static func missing(_ request: Request) async throws -> Response {
        let staff = try await exporter(request)
        let s = request.strings
        let entries = try await ReportListPage.entries(request, staff: staff, kind: .missing)
        let export = ListExport(header: [s.reportName, s.reportNumber, s.reportClass, s.reportDorm],
                                rows: entries.map { [$0.name, $0.number, $0.className, $0.dormName ?? ""] },
                                sheetName: compact(staff.day))
        return try await respond(export, request, staff: staff, ascii: "daily-reports-missing", localised: s.reportMissingFileName,
                                 target: "daily_reports_missing")
    }

    @Sendable static func abnormal(_ request: Request) async throws -> Response {
        let staff = try await exporter(request)
        let s = request.strings, zone = try await request.schoolTimeZone()
        let entries = try await ReportListPage.entries(request, staff: staff, kind: .abnormal)
        let rows = entries.map { e in
            [e.name, e.number, e.className, e.dormName ?? "", e.reasons.joined(separator: "；"),
             e.report.map { LocalDateTime.display($0.submittedAt, in: zone) } ?? "", e.report?.isLate == true ? s.reportLate : ""]
        }
        let export = ListExport(header: [s.reportName, s.reportNumber, s.reportClass, s.reportDorm, s.reportReasons,
                                         s.reportSubmittedAt, s.reportLateCount],
                                rows: rows, sheetName: compact(staff.day))
        return try await respond(export, request, staff: staff, ascii: "daily-reports-abnormal", localised: s.reportAbnormalFileName,
                                 target: "daily_reports_abnormal")
    }

    private static func exporter(_ request: Request) async throws -> ReportStaffRequest {
        guard try request.actor.may(.exportLists) else { throw DomainError.forbidden }
        return try await ReportStaffRequest(request)
    }

    /// The file is named after the day (the list's day, not the export's); the audit target names unit and day.
    private static func respond(_ export: ListExport, _ request: Request, staff: ReportStaffRequest, ascii: String,
                                localised: String, target: String) async throws -> Response {
        let unit = staff.query.unitID.map { $0.rawValue.uuidString } ?? "all"
        return try await export.respond(request, format: .xlsx,
                                        name: .init(ascii: "\(ascii)-\(compact(staff.day))", localised: "\(localised)\(staff.day.iso)"),
                                        target: "\(target):\(unit):\(staff.day.iso)")
    }

    private static func compact(_ day: LocalDate) -> String { day.iso.replacingOccurrences(of: "-", with: "") }
}
