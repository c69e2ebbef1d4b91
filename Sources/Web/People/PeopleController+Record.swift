import Domain
import Persistence
import Vapor

/// Actions on one record: transfer, audited unmasking, posts.
extension PeopleController {
    static let recordEndpoints = [
        Endpoint(.POST, "people/:id/transfers", .transferMembers, transfer),
        Endpoint(.POST, "people/:id/unmask", .unmaskPersonalData, unmask),
        Endpoint(.POST, "people/:id/posts", .editPeople, addPost),
        Endpoint(.POST, "people/:id/posts/:post/delete", .editPeople, removePost),
    ]

    struct TransferForm: Content { var organizationID: String; var date: String; var reason: String? }
    struct PostForm: Content { var kind: String; var title: String; var since: String? }

    @Sendable static func transfer(_ request: Request) async throws -> Response {
        let id: Person.ID = try request.id("id")
        let form = try request.content.decode(TransferForm.self)
        do {
            guard let destination = UUID(uuidString: form.organizationID) else { throw DomainError.notFound }
            guard let date = LocalDate(iso: form.date) else {
                throw DomainError.invalid(field: "date", message: Message(zh: Strings.zh.invalidDate, en: Strings.en.invalidDate))
            }
            _ = try await request.stores.people.transfer(id, to: .init(destination), date: date, reason: form.reason ?? "",
                                                         context: try request.auditContext)
            return request.redirect(to: SiteRoute.person(id).path, redirectType: .normal)
        } catch let error as DomainError where error.status == .unprocessableEntity {
            return try await PersonShow.response(request, id: id, unmasked: [:], error: error.message(request.locale),
                                                 status: .unprocessableEntity)
        }
    }

    /// Answers with the record page showing the full number: nothing is stored or put in an address.
    @Sendable static func unmask(_ request: Request) async throws -> Response {
        let id: Person.ID = try request.id("id")
        guard let field = PersonalField(rawValue: try request.content.get(String.self, at: "field")) else {
            throw Abort(.badRequest)
        }
        let value = try await request.stores.people.unmask(field, of: id, context: try request.auditContext)
        return try await PersonShow.response(request, id: id, unmasked: value.map { [field: $0] } ?? [:])
    }

    @Sendable static func addPost(_ request: Request) async throws -> Response {
        let id: Person.ID = try request.id("id")
        let form = try request.content.decode(PostForm.self)
        do {
            guard let kind = Post.Kind(rawValue: form.kind) else {
                throw DomainError.invalid(field: "kind", message: Message(zh: Strings.zh.invalidChoice, en: Strings.en.invalidChoice))
            }
            let since = try form.since.flatMap { text -> LocalDate? in
                if text.isEmpty { return nil }
                guard let date = LocalDate(iso: text) else {
                    throw DomainError.invalid(field: "since", message: Message(zh: Strings.zh.invalidDate, en: Strings.en.invalidDate))
                }
                return date
            }
            _ = try await request.stores.people.addPost(kind, title: form.title, since: since, to: id, context: try request.auditContext)
            return request.redirect(to: SiteRoute.person(id).path, redirectType: .normal)
        } catch let error as DomainError where error.status == .unprocessableEntity {
            return try await PersonShow.response(request, id: id, unmasked: [:], error: error.message(request.locale),
                                                 status: .unprocessableEntity)
        }
    }

    @Sendable static func removePost(_ request: Request) async throws -> Response {
        let id: Person.ID = try request.id("id")
        try await request.stores.people.removePost(try request.id("post"), from: id, context: try request.auditContext)
        return request.redirect(to: SiteRoute.person(id).path, redirectType: .normal)
    }
}
