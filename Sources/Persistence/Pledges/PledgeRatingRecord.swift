import FluentKit
import Foundation

/// A row of `pledge_ratings`: one person's current score of one pledge.
final class PledgeRatingRecord: Model, @unchecked Sendable {
    static let schema = "pledge_ratings"
    @ID(key: .id) var id: UUID?
    @Field(key: "pledge_id") var pledgeID: UUID
    @Field(key: "person_id") var personID: UUID
    @Field(key: "score") var score: Int
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    init() {}
}
