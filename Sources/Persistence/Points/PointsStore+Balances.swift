import Domain
import FluentKit
import Foundation
import SQLKit

extension PointsStore {
    /// Counted points of each person in a period, in one aggregate (0 for people without entries). For pages that
    /// show others' points (the posts page): the caller has already read the people in its scope.
    public func balances(of people: [Person.ID], period: Period) async throws -> [Person.ID: Int] {
        guard !people.isEmpty else { return [:] }
        let rows = try await (database as! any SQLDatabase).select()
            .column("person_id").column(SQLAlias(SQLQueryString("CAST(SUM(\(ident: "points")) AS BIGINT)"), as: SQLIdentifier("points")))
            .from(PointEntryRecord.schema)
            .where("person_id", .in, SQLBind.group(people.map(\.rawValue)))
            .where("status", .equal, SQLBind(PointStatus.approved.rawValue))
            .where("year", .equal, SQLBind(period.year))
            .where("month", .greaterThanOrEqual, SQLBind(period.months.lowerBound))
            .where("month", .lessThanOrEqual, SQLBind(period.months.upperBound))
            .groupBy("person_id").all(decoding: Total.self)
        var totals = Dictionary(uniqueKeysWithValues: people.map { ($0, 0) })
        for row in rows { totals[Person.ID(row.person_id)] = Int(row.points) }
        return totals
    }

    /// One person's counted points in a period (all years when `period` is nil), in scope.
    public func balance(of person: Person.ID, period: Period?, scope: Scope) async throws -> Int {
        _ = try await self.person(person, scope: scope)
        if let period { return try await balances(of: [person], period: period)[person] ?? 0 }
        let row = try await (database as! any SQLDatabase).select()
            .column(SQLAlias(SQLQueryString("CAST(COALESCE(SUM(\(ident: "points")), 0) AS BIGINT)"), as: SQLIdentifier("points")))
            .from(PointEntryRecord.schema).where("person_id", .equal, SQLBind(person.rawValue))
            .where("status", .equal, SQLBind(PointStatus.approved.rawValue)).first(decoding: Sum.self)
        return Int(row?.points ?? 0)
    }

    /// The ranking of the members of an organisation's subtree in a period: every 党员 of it (0 without points)
    /// and anyone else with counted points there. One grouped query.
    public func ranking(of organization: Organization, period: Period) async throws -> PointRanking<Person.ID> {
        let rows = try await (database as! any SQLDatabase).raw("""
            SELECT \(ident: "p").\(ident: "id") AS \(ident: "id"), \(ident: "p").\(ident: "name") AS \(ident: "name"), \
            CAST(COALESCE(SUM(\(ident: "e").\(ident: "points")), 0) AS BIGINT) AS \(ident: "points") \
            FROM \(ident: "people") \(ident: "p") LEFT JOIN \(ident: "point_entries") \(ident: "e") \
            ON \(ident: "e").\(ident: "person_id") = \(ident: "p").\(ident: "id") AND \(ident: "e").\(ident: "status") = \(bind: PointStatus.approved.rawValue) \
            AND \(ident: "e").\(ident: "year") = \(bind: period.year) \
            AND \(ident: "e").\(ident: "month") BETWEEN \(bind: period.months.lowerBound) AND \(bind: period.months.upperBound) \
            WHERE \(ident: "p").\(ident: "school_id") = \(bind: organization.schoolID.rawValue) \
            AND \(ident: "p").\(ident: "organization_path") LIKE \(bind: organization.path.subtreePattern) \
            AND (\(ident: "p").\(ident: "political_status") IN (\(bind: PoliticalStatus.probationaryMember.rawValue), \(bind: PoliticalStatus.fullMember.rawValue)) \
            OR \(ident: "e").\(ident: "id") IS NOT NULL) \
            GROUP BY \(ident: "p").\(ident: "id"), \(ident: "p").\(ident: "name")
            """).all(decoding: RankRow.self)
        return PointRanking(rows.map { (subject: Person.ID($0.id), name: $0.name, points: Int($0.points)) })
    }

    struct Total: Decodable { var person_id: UUID; var points: Int64 }
    struct Sum: Decodable { var points: Int64 }
    struct RankRow: Decodable { var id: UUID; var name: String; var points: Int64 }
}
