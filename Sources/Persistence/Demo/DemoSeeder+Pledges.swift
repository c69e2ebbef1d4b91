import Domain
import FluentKit
import Foundation
import SQLKit

/// The demo's 践诺制 (`DemoPledges`): pledges with their reports, comments and ratings, in one transaction of
/// multi-row inserts. Comments name the demo accounts that wrote them, looked up by login once they exist.
extension DemoSeeder {
    func seedPledges(_ demo: DemoUniversity, progress: @Sendable (String) -> Void) async throws {
        let generated = DemoPledges.generate(for: demo)
        guard !generated.pledges.isEmpty else { return }
        let logins = Set(generated.comments.map(\.login))
        let accounts = logins.isEmpty ? [] : try await (stores.database as! any SQLDatabase).select().columns("id", "login")
            .from("accounts").where("login", .in, SQLBind.group(Array(logins))).all(decoding: AccountRow.self)
        let accountIDs = Dictionary(accounts.map { ($0.login, $0.id) }, uniquingKeysWith: { a, _ in a })
        let names = Dictionary(demo.accounts.map { ($0.login, $0.displayName) }, uniquingKeysWith: { a, _ in a })
        let pledges = generated.pledges.map { p -> [SQLBind] in
            [SQLBind(p.id.rawValue), SQLBind(p.schoolID.rawValue), SQLBind(p.personID.rawValue), SQLBind(p.organizationID.rawValue),
             SQLBind(p.organizationPath.rawValue), SQLBind(p.period.code), SQLBind(p.period.label), SQLBind(p.period.start.iso),
             SQLBind(p.period.end.iso), SQLBind(p.promise), SQLBind(p.dueDate.iso), SQLBind(p.postID?.rawValue),
             SQLBind(p.duty?.rawValue), SQLBind(p.status.rawValue), SQLBind(p.publishedAt), SQLBind(p.appraisal?.verdict.rawValue),
             SQLBind(p.appraisal?.remark), SQLBind(p.appraisal?.by), SQLBind(p.appraisal?.at), SQLBind("demo:\(p.id.rawValue)"),
             SQLBind(p.createdAt), SQLBind(p.updatedAt)]
        }
        let updates = generated.updates.map { u -> [SQLBind] in
            [SQLBind(u.id.rawValue), SQLBind(u.pledgeID.rawValue), SQLBind(u.kind.rawValue), SQLBind(u.report.text),
             SQLBind(u.report.evidence.joined(separator: "\n")), SQLBind("demo:\(u.id.rawValue)"), SQLBind(u.createdAt)]
        }
        let comments = generated.comments.compactMap { c -> [SQLBind]? in
            guard let account = accountIDs[c.login] else { return nil }
            return [SQLBind(c.id), SQLBind(c.pledgeID.rawValue), SQLBind(account), SQLBind(names[c.login] ?? c.login),
                    SQLBind(c.text), SQLBind("demo:\(c.id)"), SQLBind(c.at)]
        }
        let ratings = generated.ratings.map { r -> [SQLBind] in
            [SQLBind(UUID()), SQLBind(r.pledgeID.rawValue), SQLBind(r.personID.rawValue), SQLBind(r.score), SQLBind(r.at), SQLBind(r.at)]
        }
        try await stores.database.writing { tx in
            let sql = tx as! any SQLDatabase
            try await MeetingRows.insert(pledges, into: "pledges", columns: [
                "id", "school_id", "person_id", "organization_id", "organization_path", "period_code", "period_label", "period_start",
                "period_end", "promise", "due_date", "post_id", "duty", "status", "published_at", "verdict", "appraisal_remark",
                "appraised_by", "appraised_at", "submission_key", "created_at", "updated_at",
            ], on: sql)
            try await MeetingRows.insert(updates, into: "pledge_updates",
                                         columns: ["id", "pledge_id", "kind", "text", "evidence", "submission_key", "created_at"], on: sql)
            try await MeetingRows.insert(comments, into: "pledge_comments", columns: [
                "id", "pledge_id", "author_account_id", "author_name", "text", "submission_key", "created_at",
            ], on: sql)
            try await MeetingRows.insert(ratings, into: "pledge_ratings",
                                         columns: ["id", "pledge_id", "person_id", "score", "created_at", "updated_at"], on: sql)
        }
        progress("pledges: \(pledges.count), reports: \(updates.count), comments: \(comments.count), ratings: \(ratings.count)")
    }

    private struct AccountRow: Decodable { var id: UUID; var login: String }
}
