import Domain
import Foundation
import Persistence
import Vapor

/// The figures of the statistics page, its .xlsx export and its API, read once the same way: per department in
/// the actor's reach, for the tickets submitted in a period of school dates, with the line of all of them.
struct TicketStatisticsReport: Sendable {
    struct Line: Sendable {
        var departmentID: Department.ID
        var name: String
        var figures: TicketStatistics
    }

    var from: LocalDate
    var to: LocalDate
    var lines: [Line]
    var total: TicketStatistics
    /// The total covers the whole school (the actor reaches every ticket), not only some departments.
    var isSchoolTotal: Bool

    static func load(_ request: Request) async throws -> TicketStatisticsReport {
        let (from, to) = try await period(request)
        let actor = try request.actor, stores = request.stores
        let figures = try await stores.tickets.statistics(from: from, to: to, now: request.now, actor: actor)
        var departments: [Department] = []
        if let school = actor.schoolID { departments = try await stores.departments.departments(of: school) }
        let lines = arrange(figures, departments: departments, scope: actor.scope)
        return TicketStatisticsReport(from: from, to: to, lines: lines,
                                      total: TicketStatistics.total(lines.map(\.figures), id: Self.totalID),
                                      isSchoolTotal: actor.scope.reachesAllTickets)
    }

    /// The departments in the school's order (by name), each with its figures; an active department in reach with
    /// no ticket shows zeros, so that "none" is visible. A department missing from the list comes last.
    static func arrange(_ figures: [TicketStatistics], departments: [Department], scope: Scope) -> [Line] {
        let byID = Dictionary(figures.map { ($0.departmentID, $0) }) { a, _ in a }
        let reach = Set(scope.departmentIDs)
        var lines = departments.compactMap { d -> Line? in
            if let f = byID[d.id] { return Line(departmentID: d.id, name: d.name, figures: f) }
            guard d.isActive, scope.reachesAllTickets || reach.contains(d.id) else { return nil }
            return Line(departmentID: d.id, name: d.name, figures: TicketStatistics(departmentID: d.id))
        }
        let known = Set(departments.map(\.id))
        lines += figures.filter { !known.contains($0.departmentID) }.map { Line(departmentID: $0.departmentID, name: "", figures: $0) }
        return lines
    }

    static let totalID = Department.ID(UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)))

    /// `from` and `to` of the query (school dates, both included): by default from the first of January of the end's
    /// year to today. A malformed date or a reversed period is a field error (422), for pages and API alike.
    static func period(_ request: Request) async throws -> (LocalDate, LocalDate) {
        let from = try date(request, "from"), to = try date(request, "to")
        let end: LocalDate
        if let to { end = to } else { end = try await request.today() }
        let start = from ?? LocalDate(year: end.year, month: 1, day: 1) ?? end
        guard start <= end else { throw DomainError.invalid(field: "from", message: Strings.bilingual(\.statisticsFromAfterTo)) }
        return (start, end)
    }

    private static func date(_ request: Request, _ name: String) throws -> LocalDate? {
        guard let text = request.query[String.self, at: name], !text.isEmpty else { return nil }
        guard let date = LocalDate(iso: text), (2000...2100).contains(date.year) else {
            throw DomainError.invalid(field: name, message: Strings.bilingual(\.statisticsDateInvalid))
        }
        return date
    }

    // MARK: The table, as the page and the export write it

    static func header(_ s: Strings) -> [String] {
        [s.statisticsDepartment, s.statisticsReceived, s.statisticsOnSpot, s.statisticsAnswered, s.statisticsOnTime,
         s.statisticsOnTimeRate, s.statisticsOverdue, s.statisticsOpen, s.statisticsAverageHours, s.statisticsSatisfaction,
         s.statisticsRated]
    }

    static func cells(_ name: String, _ f: TicketStatistics) -> [String] {
        [name, String(f.received), String(f.answeredOnSpot), String(f.answered), String(f.answeredOnTime),
         f.onTimeRate.map(percent) ?? "—", String(f.overdue), String(f.open), f.averageHoursToAnswer.map(hours) ?? "—",
         f.satisfactionTenths.map(tenths) ?? "—", String(f.rated)]
    }

    func rows(_ s: Strings) -> [[String]] {
        lines.map { Self.cells(name(of: $0, s), $0.figures) } + [Self.cells(totalLabel(s), total)]
    }

    func name(of line: Line, _ s: Strings) -> String { line.name.isEmpty ? s.statisticsUnknownDepartment : line.name }
    func totalLabel(_ s: Strings) -> String { isSchoolTotal ? s.statisticsSchoolTotal : s.statisticsAllShown }

    /// Per mille as a percentage with one decimal: 875 → "87.5%".
    static func percent(_ perMille: Int) -> String { "\(perMille / 10).\(perMille % 10)%" }
    static func tenths(_ value: Int) -> String { "\(value / 10).\(value % 10)" }
    static func hours(_ value: Double) -> String { String(format: "%.1f", value) }
}
