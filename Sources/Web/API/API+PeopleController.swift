import Domain
import Persistence
import Vapor

extension API {
    /// People under `/api/v1/people`, scoped exactly like the pages.
    enum PeopleController {
        static let endpoints = [
            Endpoint(.GET, "api/v1/people", .viewPeople, index),
            Endpoint(.POST, "api/v1/people", .createPeople, create),
            Endpoint(.POST, "api/v1/people/lookup", .viewPeople, lookup),
            Endpoint(.GET, "api/v1/people/:id", .viewPeople, show),
            Endpoint(.PATCH, "api/v1/people/:id", .editPeople, update),
            Endpoint(.GET, "api/v1/people/:id/transfers", .viewPeople, transfers),
            Endpoint(.POST, "api/v1/people/:id/transfers", .transferMembers, transfer),
            Endpoint(.POST, "api/v1/people/:id/unmask", .unmaskPersonalData, unmask),
        ]

        @Sendable static func index(_ request: Request) async throws -> Response {
            let query = try PeopleQuery(request)
            let size = request.query[Int.self, at: "pageSize"] ?? 50
            let page = try await request.stores.people.list(query.filter, page: ListRequest(number: query.page, size: size),
                                                            scope: try request.actor.scope)
            return try await PageDTO(page, PersonDTO.init).json(request)
        }

        @Sendable static func show(_ request: Request) async throws -> Response {
            try await PersonDTO(request.stores.people.find(try request.id("id"), scope: try request.actor.scope)).json(request)
        }

        @Sendable static func create(_ request: Request) async throws -> Response {
            let patch = try request.content.decode(PersonPatch.self)
            let actor = try request.actor
            guard let school = actor.schoolID else { throw DomainError.forbidden }
            let draft = try patch.applied(to: PersonDraft(number: "", name: "", kind: patch.kind ?? .student))
            let person = try await request.stores.people.create(draft, in: school, context: try request.auditContext)
            return try await PersonDTO(person).json(request, status: .created)
        }

        @Sendable static func update(_ request: Request) async throws -> Response {
            let id: Person.ID = try request.id("id")
            let existing = try await request.stores.people.find(id, scope: try request.actor.scope)
            let patch = try request.content.decode(PersonPatch.self)
            let person = try await request.stores.people.update(id, with: try patch.applied(to: PersonDraft(existing)),
                                                                context: try request.auditContext)
            return try await PersonDTO(person).json(request)
        }

        @Sendable static func transfers(_ request: Request) async throws -> Response {
            let list = try await request.stores.people.transfers(of: try request.id("id"), scope: try request.actor.scope)
            return try await list.map(TransferDTO.init).encodeResponse(for: request)
        }

        struct TransferRequest: Content { var organizationID: UUID; var date: LocalDate; var reason: String? }

        @Sendable static func transfer(_ request: Request) async throws -> Response {
            let body = try request.content.decode(TransferRequest.self)
            let transfer = try await request.stores.people.transfer(try request.id("id"), to: .init(body.organizationID), date: body.date,
                                                                    reason: body.reason ?? "", context: try request.auditContext)
            return try await TransferDTO(transfer).json(request, status: .created)
        }

        struct UnmaskRequest: Content { var field: String }
        struct UnmaskResponse: Content { var field: String; var value: String? }

        @Sendable static func unmask(_ request: Request) async throws -> Response {
            let body = try request.content.decode(UnmaskRequest.self)
            guard let field = PersonalField(rawValue: body.field) else {
                throw DomainError.invalid(field: "field", message: Message(zh: "只能查看 idNumber 或 phone", en: "field must be idNumber or phone"))
            }
            let value = try await request.stores.people.unmask(field, of: try request.id("id"), context: try request.auditContext)
            return try await UnmaskResponse(field: field.rawValue, value: value).json(request)
        }

        struct LookupRequest: Content { var number: String }

        @Sendable static func lookup(_ request: Request) async throws -> Response {
            let body = try request.content.decode(LookupRequest.self)
            let found = try await request.stores.people.lookup(personalNumber: body.number, scope: try request.actor.scope)
            return try await found.map(PersonDTO.init).encodeResponse(for: request)
        }
    }
}
