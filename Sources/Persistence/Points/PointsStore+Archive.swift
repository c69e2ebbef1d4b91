import Domain
import FluentKit
import Foundation
import SQLKit

extension PointsStore {
    /// Freezes a year of the actor's school: each person's counted points of that year are copied into the archive
    /// (every 党员, and anyone with points), and from then on no entry of that year changes.
    @discardableResult
    public func archive(year: Int, context: AuditContext) async throws -> PointArchive {
        let actor = context.actor
        guard let school = actor.schoolID, actor.scope.isEverything || actor.scope.includes(school: school),
              actor.may(.manageNominations) else { throw DomainError.forbidden }
        let today = try await today(of: school, now: context.now)
        return try await database.writing { tx in
            let pending = try await PointEntryRecord.query(on: tx).filter(\.$schoolID == school.rawValue)
                .filter(\.$year == year).filter(\.$status == PointStatus.pending.rawValue).count()
            try PointArchive.checkFreezable(year, today: today, frozenYears: try await PointLedgerSQL.frozenYears(of: school, on: tx),
                                            pending: pending)
            let record = PointArchiveRecord()
            record.id = UUID(); record.schoolID = school.rawValue; record.year = year
            record.frozenAt = context.now; record.frozenBy = actor.login
            try await record.create(on: tx)
            let totals = try await Self.yearTotals(school: school, year: year, on: tx)
            try await Self.insert(totals, archive: record.id!, on: tx)
            try await audit.append(context.event(.pointsArchived, target: "point_archive:\(year)", school: school,
                                                 detail: "\(totals.count) people"), on: tx)
            return PointArchive(id: .init(record.id!), schoolID: school, year: year, frozenAt: context.now, frozenBy: actor.login,
                                totals: totals.map { .init(personID: .init($0.id), name: $0.name,
                                                           organizationID: $0.organization_id.map { .init($0) }, points: Int($0.points)) })
        }
    }

    /// The archives of the actor's school, latest first (without totals).
    public func archives(school: School.ID) async throws -> [PointArchive] {
        try await PointArchiveRecord.query(on: database).filter(\.$schoolID == school.rawValue).sort(\.$year, .descending).all()
            .map { PointArchive(id: .init($0.id!), schoolID: school, year: $0.year, frozenAt: $0.frozenAt, frozenBy: $0.frozenBy, totals: []) }
    }

    /// A frozen year with its totals; 404 when the year is not archived.
    public func archive(school: School.ID, year: Int) async throws -> PointArchive {
        guard let record = try await PointArchiveRecord.query(on: database).filter(\.$schoolID == school.rawValue)
            .filter(\.$year == year).first() else { throw DomainError.notFound }
        let rows = try await (database as! any SQLDatabase).select()
            .columns("person_id", "name", "organization_id", "points").from("point_archive_totals")
            .where("archive_id", .equal, SQLBind(record.id!)).all(decoding: ArchivedRow.self)
        return PointArchive(id: .init(record.id!), schoolID: school, year: year, frozenAt: record.frozenAt, frozenBy: record.frozenBy,
                            totals: rows.map { .init(personID: .init($0.person_id), name: $0.name,
                                                     organizationID: $0.organization_id.map { .init($0) }, points: Int($0.points)) })
    }

    private static func insert(_ totals: [YearRow], archive: UUID, on tx: any Database) async throws {
        let sql = tx as! any SQLDatabase
        for start in stride(from: 0, to: totals.count, by: 500) {
            let rows: [[any SQLExpression]] = totals[start..<min(start + 500, totals.count)].map { row in
                [SQLBind(archive), SQLBind(row.id), SQLBind(row.name), SQLBind(row.organization_id),
                 SQLBind(row.organization_path), SQLBind(Int(row.points))]
            }
            let insert = sql.insert(into: "point_archive_totals")
                .columns("archive_id", "person_id", "name", "organization_id", "organization_path", "points")
            for row in rows { insert.values(row) }
            try await insert.run()
        }
    }

    static func yearTotals(school: School.ID, year: Int, on db: any Database) async throws -> [YearRow] {
        try await (db as! any SQLDatabase).raw("""
            SELECT \(ident: "p").\(ident: "id") AS \(ident: "id"), \(ident: "p").\(ident: "name") AS \(ident: "name"), \
            \(ident: "p").\(ident: "organization_id") AS \(ident: "organization_id"), \
            \(ident: "p").\(ident: "organization_path") AS \(ident: "organization_path"), \
            CAST(COALESCE(SUM(\(ident: "e").\(ident: "points")), 0) AS BIGINT) AS \(ident: "points") \
            FROM \(ident: "people") \(ident: "p") LEFT JOIN \(ident: "point_entries") \(ident: "e") \
            ON \(ident: "e").\(ident: "person_id") = \(ident: "p").\(ident: "id") AND \(ident: "e").\(ident: "status") = \(bind: PointStatus.approved.rawValue) \
            AND \(ident: "e").\(ident: "year") = \(bind: year) \
            WHERE \(ident: "p").\(ident: "school_id") = \(bind: school.rawValue) \
            AND (\(ident: "p").\(ident: "political_status") IN (\(bind: PoliticalStatus.probationaryMember.rawValue), \(bind: PoliticalStatus.fullMember.rawValue)) \
            OR \(ident: "e").\(ident: "id") IS NOT NULL) \
            GROUP BY \(ident: "p").\(ident: "id"), \(ident: "p").\(ident: "name"), \(ident: "p").\(ident: "organization_id"), \(ident: "p").\(ident: "organization_path")
            """).all(decoding: YearRow.self)
    }

    struct YearRow: Decodable { var id: UUID; var name: String; var organization_id: UUID?; var organization_path: String?; var points: Int64 }
    struct ArchivedRow: Decodable { var person_id: UUID; var name: String; var organization_id: UUID?; var points: Int64 }
}
