import Domain
import FluentKit
import Foundation

extension PeopleStore {
    /// 党员先锋岗 / 党员示范岗 held by a member in scope.
    public func addPost(_ kind: Post.Kind, title: String, since: LocalDate?, to id: Person.ID,
                        context: AuditContext) async throws -> Post {
        let person = try await record(id, scope: context.actor.scope)
        let title = title.trimmingCharacters(in: .whitespaces)
        guard !title.isEmpty, title.count <= 100 else {
            throw DomainError.invalid(field: "title", message: Message(zh: "岗位名称不能为空且不超过100字", en: "The post needs a title (at most 100 characters)"))
        }
        guard PoliticalStatus(rawValue: person.politicalStatus)?.isPartyMember == true else {
            throw DomainError.invalid(field: "kind", message: Message(zh: "只有党员可以设岗", en: "Only party members hold posts"))
        }
        let post = Post(id: .init(UUID()), kind: kind, title: title, since: since)
        try await database.writing { tx in
            try await PostRecord(post, personID: id).create(on: tx)
            try await audit.append(context.event(.personUpdated, target: "person:\(id.rawValue)",
                                                 school: .init(person.schoolID), detail: "post+\(kind.rawValue)"), on: tx)
        }
        return post
    }

    public func removePost(_ postID: Post.ID, from id: Person.ID, context: AuditContext) async throws {
        let person = try await record(id, scope: context.actor.scope)
        guard let post = try await PostRecord.query(on: database).filter(\.$id == postID.rawValue)
            .filter(\.$personID == id.rawValue).first() else { throw DomainError.notFound }
        try await database.writing { tx in
            try await post.delete(on: tx)
            try await audit.append(context.event(.personUpdated, target: "person:\(id.rawValue)",
                                                 school: .init(person.schoolID), detail: "post-\(post.kind)"), on: tx)
        }
    }
}
