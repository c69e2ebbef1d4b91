import Domain
import FluentKit
import Foundation

final class PostRecord: Model, @unchecked Sendable {
    static let schema = "posts"
    @ID(key: .id) var id: UUID?
    @Field(key: "person_id") var personID: UUID
    @Field(key: "kind") var kind: String
    @Field(key: "title") var title: String
    @OptionalField(key: "since") var since: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(_ post: Post, personID: Person.ID) {
        id = post.id.rawValue; self.personID = personID.rawValue; kind = post.kind.rawValue
        title = post.title; since = post.since?.iso
    }

    var domain: Post {
        Post(id: .init(id!), kind: Post.Kind(rawValue: kind) ?? .vanguard, title: title,
             since: since.flatMap(LocalDate.init(iso:)))
    }
}
