import Domain
import Foundation
import SQLKit

/// The per-class counters of a day, as summaries read them, kept current by the writer itself: a copy is read
/// from the database between two groups, and every group this writer commits afterwards is added to it. So a
/// summary costs no query at the morning peak, shows this server's reports at once, and the other servers'
/// within `countsLifetime`, when the copy is read again.
extension ReportWriter {
    public static let countsLifetime: Duration = .seconds(1)

    struct DayOfSchool: Hashable { var school: UUID, day: String }

    struct DayCounts {
        var readAt: ContinuousClock.Instant
        var perClass: [UUID: ReportTally]
    }

    struct CountsWanted {
        var key: DayOfSchool
        var continuation: CheckedContinuation<[UUID: ReportTally], any Error>
    }

    /// Each class's reported, late and abnormal counts of a day (enrolment and leave are not the writer's).
    /// A copy older than `countsLifetime` is still answered at once, and read again behind it: a summary
    /// never waits for a group to commit, and other servers' reports show within about a second.
    public func classCounts(school: School.ID, day: LocalDate) async throws -> [UUID: ReportTally] {
        let key = DayOfSchool(school: school.rawValue, day: day.iso)
        if let copy = counts[key] {
            if ContinuousClock.now - copy.readAt >= Self.countsLifetime, !refreshing.contains(key) {
                refreshing.insert(key)
                Task { _ = try? await self.read(key) }
            }
            return copy.perClass
        }
        return try await read(key)
    }

    private func read(_ key: DayOfSchool) async throws -> [UUID: ReportTally] {
        try await withCheckedThrowingContinuation { continuation in
            countsWanted.append(CountsWanted(key: key, continuation: continuation))
            startDraining()
        }
    }

    /// Reads the wanted copies (called by the drain loop, never while a group commits).
    func readWantedCopies() async {
        let wanted = countsWanted
        countsWanted = []
        let now = ContinuousClock.now
        // Copies nobody asked for again in a while are dropped (a past day looked at once, say).
        counts = counts.filter { now - $0.value.readAt < Self.countsLifetime * 10 }
        for key in Set(wanted.map(\.key)) {
            refreshing.remove(key)
            let result: Result<[UUID: ReportTally], any Error>
            do {
                result = .success(try await readCounts(key))
            } catch {
                result = .failure(error)
            }
            if case .success(let perClass) = result { counts[key] = DayCounts(readAt: ContinuousClock.now, perClass: perClass) }
            for entry in wanted where entry.key == key { entry.continuation.resume(with: result) }
        }
    }

    /// Adds a committed group's deltas to the copies held.
    func add(_ deltas: [ReportGroupPlan.CountKey: ReportGroupPlan.CountDelta]) {
        for (key, delta) in deltas where delta.reported != 0 || delta.late != 0 || delta.abnormal != 0 {
            let day = DayOfSchool(school: key.school, day: key.day)
            guard counts[day] != nil else { continue }
            var tally = counts[day]!.perClass[key.classID] ?? ReportTally()
            tally.reported += delta.reported; tally.late += delta.late; tally.abnormal += delta.abnormal
            counts[day]!.perClass[key.classID] = tally
        }
    }

    /// A day's counters, through the writer's own connection.
    private func readCounts(_ key: DayOfSchool) async throws -> [UUID: ReportTally] {
        if case .sqlite = target {
            return try await onSQLite { sqlite in
                let query = try sqlite.statement(
                    "SELECT class_id, reported, late, abnormal FROM daily_report_counts WHERE day = ?1 AND school_id = ?2")
                try query.bind([.text(key.day), .uuid(key.school)])
                var perClass: [UUID: ReportTally] = [:]
                while try query.step() {
                    guard let classID = query.uuid(0) else { continue }
                    perClass[classID] = ReportTally(reported: query.int(1), late: query.int(2), abnormal: query.int(3))
                }
                return perClass
            }
        }
        let postgres = try await postgresConnection()
        return try Self.tallies(try await postgres.rows(Self.countsQuery(school: key.school, day: key.day, on: postgres.sql)))
    }

    /// A day's counters as the table holds them.
    public static func readCounts(school: UUID, day: String, on sql: any SQLDatabase) async throws -> [UUID: ReportTally] {
        try tallies(try await countsQuery(school: school, day: day, on: sql).all())
    }

    private static func countsQuery(school: UUID, day: String, on sql: any SQLDatabase) -> SQLSelectBuilder {
        sql.select().columns("class_id", "reported", "late", "abnormal").from("daily_report_counts")
            .where("day", .equal, SQLBind(day)).where("school_id", .equal, SQLBind(school))
    }

    /// Column by column: for a school's thousand classes the Decodable row decoder cost more than the query.
    private static func tallies(_ rows: [any SQLRow]) throws -> [UUID: ReportTally] {
        var perClass: [UUID: ReportTally] = [:]
        for row in rows {
            perClass[try row.decodeUUID(column: "class_id")] = ReportTally(
                reported: try row.decode(column: "reported", as: Int.self), late: try row.decode(column: "late", as: Int.self),
                abnormal: try row.decode(column: "abnormal", as: Int.self))
        }
        return perClass
    }
}
