import Domain
import Persistence
import Vapor

/// The watch list's pages: the list in scope, one watch with its follow-ups and the forms to log one and to
/// close the watch, and putting a student on watch by hand. Refused input re-renders the page with what was typed.
enum WatchesController {
    static let endpoints = [
        Endpoint(.GET, "watches", .viewWatches, index),
        Endpoint(.GET, "watches/new", .manageWatches, new),
        Endpoint(.POST, "watches", .manageWatches, create),
        Endpoint(.GET, "watches/:id", .viewWatches, show),
        Endpoint(.POST, "watches/:id/follow-ups", .manageWatches, followUp),
        Endpoint(.POST, "watches/:id/close", .manageWatches, close),
    ] + ListExport.endpoints("watches/export", .viewWatches, WatchExport.response)

    @Sendable static func index(_ request: Request) async throws -> Response {
        let query = try WatchQuery(request)
        let model = try await WatchIndex.Model.load(request, query: query)
        return try WatchIndex.View(model: model, context: PageContext(request)).render().response()
    }

    @Sendable static func new(_ request: Request) async throws -> Response {
        let person: Person.ID? = try request.optionalID("person")
        return try await WatchNew.response(request, form: WatchOpenForm(person: person), error: nil)
    }

    @Sendable static func create(_ request: Request) async throws -> Response {
        let form = try request.content.decode(WatchOpenForm.self)
        do {
            guard let person = form.personID else {
                throw DomainError.invalid(field: "person", message: Message(zh: "请先选择学生", en: "Choose a student first"))
            }
            let watch = try await request.stores.watches.open(person: person, reason: form.reason ?? "", day: try await request.today(),
                                                              key: form.submission, context: try request.auditContext)
            return request.redirect(to: WatchRoute.watch(watch.id).path, redirectType: .normal)
        } catch let error as DomainError where error.status == .unprocessableEntity || error.status == .conflict {
            return try await WatchNew.response(request, form: form, error: error)
        }
    }

    @Sendable static func show(_ request: Request) async throws -> Response {
        try await WatchShow.response(request, id: try request.id("id"))
    }

    @Sendable static func followUp(_ request: Request) async throws -> Response {
        let id: Watch.ID = try request.id("id")
        let form = try request.content.decode(FollowUpForm.self)
        do {
            let draft = try form.draft(timeZone: try await request.schoolTimeZone())
            try await request.stores.watches.followUp(draft, on: id, key: form.submission, context: try request.auditContext)
            return request.redirect(to: WatchRoute.watch(id).path, redirectType: .normal)
        } catch let error as DomainError where error.status == .unprocessableEntity || error.status == .conflict {
            return try await WatchShow.response(request, id: id, error: error, followUp: form)
        }
    }

    @Sendable static func close(_ request: Request) async throws -> Response {
        let id: Watch.ID = try request.id("id")
        let form = try request.content.decode(WatchCloseForm.self)
        do {
            try await request.stores.watches.close(id, with: try form.closing(), context: try request.auditContext)
            return request.redirect(to: WatchRoute.watch(id).path, redirectType: .normal)
        } catch let error as DomainError where error.status == .unprocessableEntity || error.status == .conflict {
            return try await WatchShow.response(request, id: id, error: error, closing: form)
        }
    }
}
