import Domain
import FluentKit
import Foundation

/// A row of `pledge_updates`: evidence items are stored one per line.
final class PledgeUpdateRecord: Model, @unchecked Sendable {
    static let schema = "pledge_updates"
    @ID(key: .id) var id: UUID?
    @Field(key: "pledge_id") var pledgeID: UUID
    @Field(key: "kind") var kind: String
    @Field(key: "text") var text: String
    @Field(key: "evidence") var evidence: String
    @Field(key: "submission_key") var submissionKey: String
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(_ u: PledgeUpdate, key: String) {
        id = u.id.rawValue; pledgeID = u.pledgeID.rawValue; kind = u.kind.rawValue; text = u.report.text
        evidence = u.report.evidence.joined(separator: "\n"); submissionKey = key; createdAt = u.createdAt
    }

    var domain: PledgeUpdate {
        PledgeUpdate(id: .init(id!), pledgeID: .init(pledgeID), kind: PledgeUpdate.Kind(rawValue: kind) ?? .progress,
                     report: PledgeReport(text: text, evidence: PledgeReport.evidence(lines: evidence)), createdAt: createdAt)
    }
}
