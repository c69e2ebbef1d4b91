import Domain
import Persistence
import Plot
import Vapor

/// The people pages: list and search, record, create, edit.
enum PeopleController {
    static let endpoints = [
        Endpoint(.GET, "people", .viewPeople, index),
        Endpoint(.GET, "people/new", .createPeople, new),
        Endpoint(.POST, "people", .createPeople, create),
        Endpoint(.POST, "people/lookup", .viewPeople, lookup),
        Endpoint(.GET, "people/:id", .viewPeople, show),
        Endpoint(.GET, "people/:id/edit", .editPeople, edit),
        Endpoint(.POST, "people/:id", .editPeople, update),
    ] + PeopleController.recordEndpoints + PeopleExportController.endpoints

    @Sendable static func index(_ request: Request) async throws -> Response {
        let actor = try request.actor
        let query = try PeopleQuery(request)
        let page = try await request.stores.people.list(query.filter, page: ListRequest(number: query.page, size: 50), scope: actor.scope)
        let model = try await PeopleIndex.Model(request, query: query, page: page, lookupResults: nil)
        return try PeopleIndex.View(model: model, context: PageContext(request)).render().response()
    }

    @Sendable static func lookup(_ request: Request) async throws -> Response {
        let actor = try request.actor
        let number = try request.content.get(String.self, at: "number")
        let found = try await request.stores.people.lookup(personalNumber: number, scope: actor.scope)
        let query = PeopleQuery()
        let page = ListPage(items: found, number: 1, size: max(found.count, 1), total: found.count)
        let model = try await PeopleIndex.Model(request, query: query, page: page, lookupResults: found.count)
        return try PeopleIndex.View(model: model, context: PageContext(request)).render().response()
    }

    @Sendable static func show(_ request: Request) async throws -> Response {
        try await PersonShow.response(request, id: try request.id("id"), unmasked: [:])
    }

    @Sendable static func new(_ request: Request) async throws -> Response {
        var form = PersonForm()
        form.organizationID = request.query[String.self, at: "org"]
        form.classID = request.query[String.self, at: "grid"]
        return try await PersonEdit.response(request, id: nil, form: form, error: nil)
    }

    @Sendable static func create(_ request: Request) async throws -> Response {
        let form = try request.content.decode(PersonForm.self)
        let actor = try request.actor
        do {
            guard let school = actor.schoolID else { throw DomainError.forbidden }
            let person = try await request.stores.people.create(try form.draft(), in: school, context: try request.auditContext)
            return request.redirect(to: SiteRoute.person(person.id).path, redirectType: .normal)
        } catch let error as DomainError where error.status == .unprocessableEntity || error.status == .conflict {
            return try await PersonEdit.response(request, id: nil, form: form, error: error)
        }
    }

    @Sendable static func edit(_ request: Request) async throws -> Response {
        let id: Person.ID = try request.id("id")
        let person = try await request.stores.people.find(id, scope: try request.actor.scope)
        return try await PersonEdit.response(request, id: id, form: PersonForm(person), error: nil)
    }

    @Sendable static func update(_ request: Request) async throws -> Response {
        let id: Person.ID = try request.id("id")
        let form = try request.content.decode(PersonForm.self)
        do {
            _ = try await request.stores.people.update(id, with: try form.draft(), context: try request.auditContext)
            return request.redirect(to: SiteRoute.person(id).path, redirectType: .normal)
        } catch let error as DomainError where error.status == .unprocessableEntity || error.status == .conflict {
            return try await PersonEdit.response(request, id: id, form: form, error: error)
        }
    }
}
