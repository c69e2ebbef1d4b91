import Domain
import Persistence
import Plot
import Vapor

/// The ledger's pages: the scoped list (a student's own, a counsellor's classes), applying from a phone, one line
/// with the actions the actor may take, who is off campus today, and recording a staff member's movement.
enum LeavesController {
    static let endpoints = [
        Endpoint(.GET, "leaves", .viewLeave, index),
        Endpoint(.GET, "leaves/new", .applyForLeave, new),
        Endpoint(.POST, "leaves", .applyForLeave, create),
        Endpoint(.GET, "leaves/today", .viewLeave, LeaveToday.response),
        Endpoint(.GET, "leaves/staff/new", .recordStaffMovements, newStaffMovement),
        Endpoint(.POST, "leaves/staff", .recordStaffMovements, createStaffMovement),
        Endpoint(.GET, "leaves/:id", .viewLeave, show),
        Endpoint(.POST, "leaves/:id/events", .viewLeave, act),
    ] + ListExport.endpoints("leaves/export", .viewLeave, LeaveExport.response)

    @Sendable static func index(_ request: Request) async throws -> Response {
        let actor = try request.actor
        var query = try LeaveQuery(request)
        if !LeaveIndex.isStaffView(actor) { query.mine = true }
        let page = try await request.stores.leaves.list(query.filter, page: ListRequest(number: query.page, size: 30), actor: actor)
        let model = try await LeaveIndex.Model.load(request, query: query, page: page)
        return try LeaveIndex.View(model: model, context: PageContext(request)).render().response()
    }

    @Sendable static func new(_ request: Request) async throws -> Response {
        try LeaveNew.View(form: LeaveForm(), error: nil, staff: false, context: PageContext(request)).render().response()
    }

    @Sendable static func create(_ request: Request) async throws -> Response {
        let form = try request.content.decode(LeaveForm.self)
        do {
            let (leave, _) = try await request.stores.leaves.apply(try form.draft(), key: form.submission, context: try request.auditContext)
            return request.redirect(to: LeaveRoute.leave(leave.id).path, redirectType: .normal)
        } catch let error as DomainError where error.status == .unprocessableEntity || error.status == .conflict {
            return try LeaveNew.View(form: form, error: error, staff: false, context: PageContext(request)).render()
                .response(status: error.status)
        }
    }

    @Sendable static func newStaffMovement(_ request: Request) async throws -> Response {
        try LeaveNew.View(form: LeaveForm(), error: nil, staff: true, context: PageContext(request)).render().response()
    }

    @Sendable static func createStaffMovement(_ request: Request) async throws -> Response {
        let form = try request.content.decode(LeaveForm.self)
        do {
            let (leave, _) = try await request.stores.leaves.recordStaffMovement(try form.draft(), staff: form.number ?? "",
                                                                                 key: form.submission, context: try request.auditContext)
            return request.redirect(to: LeaveRoute.leave(leave.id).path, redirectType: .normal)
        } catch let error as DomainError where error.status == .unprocessableEntity || error.status == .conflict {
            return try LeaveNew.View(form: form, error: error, staff: true, context: PageContext(request)).render()
                .response(status: error.status)
        }
    }

    @Sendable static func show(_ request: Request) async throws -> Response {
        try await LeaveShow.response(request, id: try request.id("id"), error: nil)
    }

    @Sendable static func act(_ request: Request) async throws -> Response {
        let id: LeaveApplication.ID = try request.id("id")
        let input = try request.content.decode(LeaveActionInput.self)
        do {
            try await request.stores.leaves.act(id, try input.action(), context: try request.auditContext)
            return request.redirect(to: LeaveRoute.leave(id).path, redirectType: .normal)
        } catch let error as DomainError where error.status == .unprocessableEntity || error.status == .conflict {
            return try await LeaveShow.response(request, id: id, error: error, status: error.status)
        }
    }
}
