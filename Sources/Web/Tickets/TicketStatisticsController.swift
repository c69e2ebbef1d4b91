import Domain
import Foundation
import Persistence
import Vapor

/// Statistics per department and period (received, answered on the spot, on time, overdue, time to answer,
/// satisfaction): a page with a chart, its .xlsx export (audited) and the API's JSON, all from one report.
/// The store counts only the departments the actor reaches.
enum TicketStatisticsController {
    static let endpoints = [
        Endpoint(.GET, "tickets/statistics", .viewTicketStatistics, index),
        Endpoint(.GET, "tickets/statistics/export.xlsx", .viewTicketStatistics, export),
        Endpoint(.GET, "api/v1/tickets/stats", .viewTicketStatistics, api),
    ]

    @Sendable static func index(_ request: Request) async throws -> Response {
        let report = try await TicketStatisticsReport.load(request)
        return try TicketStatisticsIndex.View(report: report, context: PageContext(request)).render().response(status: .ok)
    }

    @Sendable static func export(_ request: Request) async throws -> Response {
        let report = try await TicketStatisticsReport.load(request)
        let s = request.strings, period = "\(report.from.iso)~\(report.to.iso)"
        let compact = { (d: LocalDate) in d.iso.replacingOccurrences(of: "-", with: "") }
        let export = ListExport(header: TicketStatisticsReport.header(s), rows: report.rows(s),
                                sheetName: "\(compact(report.from))-\(compact(report.to))")
        return try await export.respond(request, format: .xlsx,
                                        name: .init(ascii: "ticket-statistics-\(compact(report.from))-\(compact(report.to))",
                                                    localised: "\(s.statisticsFileName)\(period)"),
                                        target: "ticket_statistics:\(report.from.iso):\(report.to.iso)")
    }

    @Sendable static func api(_ request: Request) async throws -> Response {
        let report = try await TicketStatisticsReport.load(request)
        return try await TicketStatisticsDTO(report).json(request)
    }
}

/// `GET /api/v1/tickets/stats`: the report's lines and total; optional figures are left out when there is none.
struct TicketStatisticsDTO: Content {
    struct Figures: Content {
        var departmentId: UUID?
        var name: String?
        var received: Int
        var answeredOnSpot: Int
        var answered: Int
        var answeredOnTime: Int
        var overdue: Int
        var open: Int
        /// Mean hours from submission to answer, to one decimal.
        var averageHoursToAnswer: Double?
        /// Mean stars (1–5), to one decimal.
        var satisfaction: Double?
        var rated: Int

        init(_ f: TicketStatistics, departmentId: UUID? = nil, name: String? = nil) {
            self.departmentId = departmentId; self.name = name
            received = f.received; answeredOnSpot = f.answeredOnSpot; answered = f.answered; answeredOnTime = f.answeredOnTime
            overdue = f.overdue; open = f.open; rated = f.rated
            averageHoursToAnswer = f.averageHoursToAnswer.map { ($0 * 10).rounded() / 10 }
            satisfaction = f.satisfactionTenths.map { Double($0) / 10 }
        }
    }

    var from: LocalDate
    var to: LocalDate
    var departments: [Figures]
    var total: Figures

    init(_ report: TicketStatisticsReport) {
        from = report.from; to = report.to
        departments = report.lines.map { Figures($0.figures, departmentId: $0.departmentID.rawValue, name: $0.name) }
        total = Figures(report.total)
    }
}
