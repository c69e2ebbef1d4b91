import Domain
import Foundation
import SQLKit

extension DailyReportStore {
    /// A unit's day and its children's, from the per-class counters: a few hundred rows whatever the
    /// number of reports. A class is broken down by dorm from its students' reports.
    public func summary(of unitID: GridUnit.ID?, on day: LocalDate, school: School.ID, scope: Scope) async throws -> ReportSummary {
        let reach = try await reach(scope, school: school)
        let unit = try unitID.map { id in guard let unit = reach.unit(id) else { throw DomainError.notFound }; return unit }
            ?? reach.defaultUnit
        if let unit, unit.kind == .schoolClass || unit.kind == .dorm {
            return try await classSummary(unit, on: day, school: school, reach: reach)
        }
        let tallies = try await classTallies(on: day, school: school)
        var byChild: [GridUnit.ID: ReportTally] = [:]
        for (classID, childID) in reach.childOfClass(under: unit) {
            byChild[childID] = (byChild[childID] ?? ReportTally()) + (tallies[classID.rawValue] ?? ReportTally())
        }
        let rows = reach.children(of: unit).map { child in
            ReportSummary.Row(unit: child, label: child.name, tally: byChild[child.id] ?? ReportTally())
        }
        let total = reach.classes(under: unit).reduce(ReportTally()) { $0 + (tallies[$1.id.rawValue] ?? ReportTally()) }
        return ReportSummary(day: day, unit: unit, trail: reach.trail(to: unit), total: total, rows: rows)
    }

    /// Each class's tally of a day: enrolment (cached), students on leave, and the counters.
    func classTallies(on day: LocalDate, school: School.ID) async throws -> [UUID: ReportTally] {
        let enrolled = try await EnrolmentCache.shared.perClass(of: school, on: sql)
        let onLeave = try await leaves.onLeaveCounts(school: school, day: day)
        var tallies = enrolled.mapValues { ReportTally(enrolled: $0) }
        let counted = if let counters { try await counters.classCounts(school: school, day: day) }
            else { try await ReportWriter.readCounts(school: school.rawValue, day: day.iso, on: sql) }
        for (classID, count) in counted {
            tallies[classID, default: ReportTally()].reported = count.reported
            tallies[classID, default: ReportTally()].late = count.late
            tallies[classID, default: ReportTally()].abnormal = count.abnormal
        }
        for (classID, count) in onLeave { tallies[classID, default: ReportTally()].onLeave = count }
        return tallies
    }

    /// A class (or one dorm's part of it) by dorm, from its students and their reports of the day.
    private func classSummary(_ unit: GridUnit, on day: LocalDate, school: School.ID, reach: ReportReach) async throws -> ReportSummary {
        let column = unit.kind == .dorm ? "dorm_id" : "class_id"
        let rows = try await sql.raw("""
            SELECT p.dorm_id AS dorm_id, COUNT(*) AS enrolled, COUNT(r.id) AS reported,
                   CAST(SUM(CASE WHEN r.late THEN 1 ELSE 0 END) AS INTEGER) AS late,
                   CAST(SUM(CASE WHEN r.abnormal THEN 1 ELSE 0 END) AS INTEGER) AS abnormal
            FROM people p LEFT JOIN daily_reports r ON r.person_id = p.id AND r.day = \(bind: day.iso)
            WHERE p.\(unsafeRaw: column) = \(bind: unit.id.rawValue) AND p.kind = 'student' AND p.school_id = \(bind: school.rawValue)
            GROUP BY p.dorm_id
            """).all(decoding: DormRow.self)
        let leave = try await leaves.onLeavePersonIDs(school: school, day: day, gridPath: unit.path)
        let dorms = try await GridStore(database: database).names(of: Set(rows.compactMap(\.dorm_id).map { GridUnit.ID($0) }))
        let onLeaveByDorm = try await dormsOf(Array(leave), column: "dorm_id")
        var summaryRows = rows.map { row in
            ReportSummary.Row(unit: nil, label: row.dorm_id.flatMap { dorms[GridUnit.ID($0)] } ?? "—",
                              tally: ReportTally(enrolled: row.enrolled, onLeave: onLeaveByDorm[row.dorm_id, default: 0],
                                                 reported: row.reported, late: row.late ?? 0, abnormal: row.abnormal ?? 0))
        }
        summaryRows.sort { $0.label < $1.label }
        let total = summaryRows.reduce(ReportTally()) { $0 + $1.tally }
        return ReportSummary(day: day, unit: unit, trail: reach.trail(to: unit), total: total,
                             rows: unit.kind == .dorm ? [] : summaryRows)
    }

    private func dormsOf(_ people: [UUID], column: String) async throws -> [UUID?: Int] {
        guard !people.isEmpty else { return [:] }
        let rows = try await sql.select().column(SQLColumn(column)).from("people")
            .where("id", .in, SQLBind.group(people)).all(decoding: DormOnly.self)
        return rows.reduce(into: [:]) { $0[$1.dorm_id, default: 0] += 1 }
    }

    /// The unit's day by day over `days` days ending on `day` (the trend chart).
    public func trend(of unitID: GridUnit.ID?, endingOn day: LocalDate, days: Int = 30, school: School.ID,
                      scope: Scope) async throws -> [ReportTrendPoint] {
        let reach = try await reach(scope, school: school)
        let unit = try unitID.map { id in guard let unit = reach.unit(id) else { throw DomainError.notFound }; return unit }
            ?? reach.defaultUnit
        let classes = Set(reach.classes(under: unit).map(\.id.rawValue))
        let first = day.adding(days: -(days - 1))
        let enrolled = try await EnrolmentCache.shared.perClass(of: school, on: sql).filter { classes.contains($0.key) }.values.reduce(0, +)
        var query = sql.select().column("day")
            .column(SQLRaw("CAST(SUM(reported) AS BIGINT) AS reported")).column(SQLRaw("CAST(SUM(late) AS BIGINT) AS late"))
            .column(SQLRaw("CAST(SUM(abnormal) AS BIGINT) AS abnormal")).from("daily_report_counts")
            .where("school_id", .equal, SQLBind(school.rawValue))
            .where("day", .greaterThanOrEqual, SQLBind(first.iso)).where("day", .lessThanOrEqual, SQLBind(day.iso))
        // The whole school needs no list of classes; a unit names its classes.
        if !(unit == nil && scope.isEverything) { query = query.where("class_id", .in, SQLBind.group(Array(classes))) }
        let points = Dictionary(try await query.groupBy("day").all(decoding: DaySumRow.self).map {
            ($0.day, ReportTally(reported: $0.reported ?? 0, late: $0.late ?? 0, abnormal: $0.abnormal ?? 0))
        }, uniquingKeysWith: +)
        var trend: [ReportTrendPoint] = []
        for offset in 0..<days {
            let date = first.adding(days: offset)
            // One small query per day keeps the rule of who is away in one place (LeaveStore.onLeave).
            let onLeave = try await leaves.onLeaveCounts(school: school, day: date).filter { classes.contains($0.key) }.values.reduce(0, +)
            var tally = points[date.iso] ?? ReportTally()
            tally.enrolled = enrolled; tally.onLeave = onLeave
            trend.append(ReportTrendPoint(day: date, tally: tally))
        }
        return trend
    }

    var leaves: LeaveStore { LeaveStore(database: database, audit: audit) }

    /// The school's grid units that the scope reaches, from the per-process grid cache.
    func reach(_ scope: Scope, school: School.ID) async throws -> ReportReach {
        guard scope.includes(school: school) else { return ReportReach(units: []) }
        let whole = try await GridCache.shared.reach(of: school, on: sql)
        return scope.isEverything ? whole : ReportReach(units: whole.units.filter { scope.includes(gridPath: $0.path) })
    }

    struct DaySumRow: Decodable { var day: String, reported: Int?, late: Int?, abnormal: Int? }
    struct DormRow: Decodable {
        var dorm_id: UUID?
        var enrolled: Int
        var reported: Int
        var late: Int?
        var abnormal: Int?
    }
    struct DormOnly: Decodable { var dorm_id: UUID? }
}
