import Domain
import FluentKit
import FluentSQL
import Foundation
import SQLKit

/// What a pledge page and the wall show beside the pledge: its reports, comments, ratings, owner and post.
/// Every function here takes pledges already read in scope.
extension PledgeStore {
    public func updates(of id: Pledge.ID) async throws -> [PledgeUpdate] {
        // The fulfilment report is always the last: it wins a tie of instants ("progress" sorts after "fulfilment").
        try await PledgeUpdateRecord.query(on: database).filter(\.$pledgeID == id.rawValue).sort(\.$createdAt)
            .sort(\.$kind, .descending).all().map(\.domain)
    }

    public func comments(of id: Pledge.ID) async throws -> [PledgeComment] {
        try await PledgeCommentRecord.query(on: database).filter(\.$pledgeID == id.rawValue).sort(\.$createdAt).all().map(\.domain)
    }

    /// The actor's own score of the pledge, if they rated it.
    public func rating(of id: Pledge.ID, by person: Person.ID?) async throws -> Int? {
        guard let person else { return nil }
        return try await PledgeRatingRecord.query(on: database).filter(\.$pledgeID == id.rawValue)
            .filter(\.$personID == person.rawValue).first()?.score
    }

    /// Each pledge with its owner's name, its post, and its counts: one grouped query per table, however many.
    public func summaries(_ pledges: [Pledge]) async throws -> [PledgeSummary] {
        guard !pledges.isEmpty else { return [] }
        let sql = database as! any SQLDatabase
        let ids = pledges.map(\.id.rawValue)
        let names = try await sql.select().columns("id", "name").from("people")
            .where("id", .in, SQLBind.group(Set(pledges.map(\.personID.rawValue)).map { $0 })).all(decoding: NameRow.self)
        let postIDs = Set(pledges.compactMap(\.postID?.rawValue))
        let posts = postIDs.isEmpty ? [] : try await PostRecord.query(on: database).filter(\.$id ~~ postIDs).all()
        let updates = try await counts(sql, "pledge_updates", ids: ids)
        let comments = try await counts(sql, "pledge_comments", ids: ids, extra: SQLRaw("hidden_at IS NULL"))
        let ratings = try await sql.select().column("pledge_id").column(SQLAlias(SQLRaw("COUNT(*)"), as: SQLIdentifier("n")))
            .column(SQLAlias(SQLRaw("CAST(SUM(score) AS BIGINT)"), as: SQLIdentifier("total"))).from("pledge_ratings")
            .where("pledge_id", .in, SQLBind.group(ids)).groupBy("pledge_id").all(decoding: RatingRow.self)
        let name = Dictionary(names.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let post = Dictionary(posts.map { ($0.id!, $0.domain) }, uniquingKeysWith: { a, _ in a })
        let rating = Dictionary(ratings.map { ($0.pledge_id, PledgeRatingSummary(count: $0.n, sum: $0.total)) }, uniquingKeysWith: { a, _ in a })
        return pledges.map { p in
            PledgeSummary(pledge: p, ownerName: name[p.personID.rawValue] ?? "", post: p.postID.flatMap { post[$0.rawValue] },
                          updateCount: updates[p.id.rawValue] ?? 0, ratings: rating[p.id.rawValue] ?? PledgeRatingSummary(),
                          commentCount: comments[p.id.rawValue] ?? 0)
        }
    }

    /// The owner's posts (to link a pledge to) and committee seat (to link a duty).
    public func postsAndDuty(of person: Person.ID) async throws -> (posts: [Post], duty: CommitteeRole?) {
        let posts = try await PostRecord.query(on: database).filter(\.$personID == person.rawValue).all().map(\.domain)
        let duty = try await PersonRecord.query(on: database).filter(\.$id == person.rawValue).first()?.committeeRole
        return (posts, duty.flatMap(CommitteeRole.init(rawValue:)))
    }

    private func counts(_ sql: any SQLDatabase, _ table: String, ids: [UUID], extra: SQLRaw? = nil) async throws -> [UUID: Int] {
        let query = sql.select().column("pledge_id").column(SQLAlias(SQLRaw("COUNT(*)"), as: SQLIdentifier("n"))).from(table)
            .where("pledge_id", .in, SQLBind.group(ids))
        if let extra { query.where(extra) }
        let rows = try await query.groupBy("pledge_id").all(decoding: CountRow.self)
        return Dictionary(rows.map { ($0.pledge_id, $0.n) }, uniquingKeysWith: { a, _ in a })
    }

    private struct NameRow: Decodable { var id: UUID; var name: String }
    private struct CountRow: Decodable { var pledge_id: UUID; var n: Int }
    private struct RatingRow: Decodable { var pledge_id: UUID; var n: Int; var total: Int }
}
