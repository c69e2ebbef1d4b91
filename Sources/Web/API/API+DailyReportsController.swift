import Domain
import Foundation
import Persistence
import Vapor

extension API {
    /// Daily reports under `/api/v1`: a student submits and reads their own; the grid's staff read their units.
    enum DailyReportsController {
        static let endpoints = [
            Endpoint(.POST, "api/v1/daily-reports", .submitDailyReports, submit),
            Endpoint(.GET, "api/v1/daily-reports/mine", .submitDailyReports, mine),
            Endpoint(.GET, "api/v1/daily-reports/summary", .viewDailyReports, summary),
            Endpoint(.GET, "api/v1/daily-reports/missing", .viewDailyReports, missing),
            Endpoint(.GET, "api/v1/daily-reports/abnormal", .viewDailyReports, abnormal),
            Endpoint(.GET, "api/v1/daily-reports/trend", .viewDailyReports, trend),
            Endpoint(.GET, "api/v1/daily-reports/consent", .submitDailyReports, consent),
            Endpoint(.POST, "api/v1/daily-reports/consent", .submitDailyReports, grantConsent),
            Endpoint(.DELETE, "api/v1/daily-reports/consent", .submitDailyReports, revokeConsent),
        ]

        /// The hot path: decode, queue to the group-commit writer, answer once committed.
        @Sendable static func submit(_ request: Request) async throws -> Response {
            let body = try DailyReportRequest(request)
            let receipt = try await request.submitReport(body.typed, key: request.headers.first(name: "Idempotency-Key"))
            let response = try await DailyReportReceiptDTO(receipt).json(request, status: receipt.isReplay ? .ok : .created)
            if receipt.isReplay { response.headers.replaceOrAdd(name: "Idempotent-Replayed", value: "true") }
            return response
        }

        @Sendable static func mine(_ request: Request) async throws -> Response {
            let actor = try request.actor
            guard let person = actor.personID else { throw DomainError.forbidden }
            let days = min(366, max(1, request.query[Int.self, at: "days"] ?? 30))
            return try await request.stores.dailyReports.reports(of: person, scope: actor.scope, limit: days)
                .map(DailyReportDTO.init).json(request)
        }

        @Sendable static func summary(_ request: Request) async throws -> Response {
            let (unit, day) = try await request.reportPlace()
            let summary = try await request.dailyReports.summary(of: unit, on: day, school: try request.reportSchool(),
                                                                        scope: try request.actor.scope)
            return try await ReportSummaryDTO(summary).json(request)
        }

        @Sendable static func missing(_ request: Request) async throws -> Response {
            let (unit, day) = try await request.reportPlace()
            let entries = try await request.stores.dailyReports.missing(under: unit, on: day, school: try request.reportSchool(),
                                                                        scope: try request.actor.scope)
            return try await ReportListDTO(date: day.iso, unitId: unit?.rawValue, total: entries.count,
                                           items: entries.map(ReportListEntryDTO.init)).json(request)
        }

        @Sendable static func abnormal(_ request: Request) async throws -> Response {
            let (unit, day) = try await request.reportPlace()
            let entries = try await request.stores.dailyReports.abnormal(under: unit, on: day, school: try request.reportSchool(),
                                                                         scope: try request.actor.scope, forms: request.stores.reportForms)
            return try await ReportListDTO(date: day.iso, unitId: unit?.rawValue, total: entries.count,
                                           items: entries.map(ReportListEntryDTO.init)).json(request)
        }

        @Sendable static func trend(_ request: Request) async throws -> Response {
            let (unit, day) = try await request.reportPlace()
            let days = min(92, max(1, request.query[Int.self, at: "days"] ?? 30))
            let points = try await request.stores.dailyReports.trend(of: unit, endingOn: day, days: days,
                                                                     school: try request.reportSchool(), scope: try request.actor.scope)
            return try await points.map { TrendPointDTO(date: $0.day.iso, tally: ReportTallyDTO($0.tally)) }.json(request)
        }
    }
}

extension API.DailyReportsController {
    @Sendable static func consent(_ request: Request) async throws -> Response {
        guard let person = try request.actor.personID else { throw DomainError.forbidden }
        return try await HealthConsentDTO(try await request.stores.healthConsents.current(of: person)).json(request)
    }

    @Sendable static func grantConsent(_ request: Request) async throws -> Response {
        try await request.stores.healthConsents.grant(context: try request.auditContext)
        return try await consent(request)
    }

    @Sendable static func revokeConsent(_ request: Request) async throws -> Response {
        try await request.stores.healthConsents.revoke(context: try request.auditContext)
        return try await consent(request)
    }
}

/// Whether the student's consent to health answers is in force.
struct HealthConsentDTO: Content {
    var granted: Bool
    var textVersion: String?
    var grantedAt: Date?

    init(_ consent: HealthConsent?) { granted = consent != nil; textVersion = consent?.textVersion; grantedAt = consent?.grantedAt }
}

struct TrendPointDTO: Content { var date: String; var tally: ReportTallyDTO }
