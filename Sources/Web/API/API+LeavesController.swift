import Domain
import Foundation
import Persistence
import Vapor

extension API {
    /// The leave/return ledger under `/api/v1`, scoped exactly like the pages: a student sees their own lines, a
    /// counsellor or monitor their classes', administrators their part of the school.
    enum LeavesController {
        static let endpoints = [
            Endpoint(.GET, "api/v1/leaves", .viewLeave, index),
            Endpoint(.POST, "api/v1/leaves", .applyForLeave, create),
            Endpoint(.GET, "api/v1/leaves/today", .viewLeave, today),
            Endpoint(.POST, "api/v1/leaves/staff", .recordStaffMovements, createStaffMovement),
            Endpoint(.GET, "api/v1/leaves/:id", .viewLeave, show),
            Endpoint(.POST, "api/v1/leaves/:id/events", .viewLeave, act),
        ]

        @Sendable static func index(_ request: Request) async throws -> Response {
            let actor = try request.actor, leaves = request.stores.leaves
            let query = try LeaveQuery(request)
            let size = min(500, max(1, request.query[Int.self, at: "pageSize"] ?? 50))
            let page = try await leaves.list(query.filter, page: ListRequest(number: query.page, size: size), actor: actor)
            let people = try await leaves.travellers(of: page.items)
            let today = try await request.today()
            return try await PageDTO(page) { LeaveDTO($0, actor: actor, person: people[$0.personID], today: today) }.json(request)
        }

        @Sendable static func create(_ request: Request) async throws -> Response {
            let body = try request.content.decode(LeaveRequest.self)
            let (leave, created) = try await request.stores.leaves.apply(try body.draft(), key: request.headers.first(name: "Idempotency-Key"),
                                                                         context: try request.auditContext)
            return try await created201(request, leave, created: created)
        }

        @Sendable static func createStaffMovement(_ request: Request) async throws -> Response {
            let body = try request.content.decode(LeaveRequest.self)
            let (leave, created) = try await request.stores.leaves.recordStaffMovement(
                try body.draft(), staff: body.number ?? "", key: request.headers.first(name: "Idempotency-Key"), context: try request.auditContext)
            return try await created201(request, leave, created: created)
        }

        @Sendable static func show(_ request: Request) async throws -> Response {
            try await detail(request, try request.id("id")).json(request)
        }

        @Sendable static func act(_ request: Request) async throws -> Response {
            let id: LeaveApplication.ID = try request.id("id")
            let input = try request.content.decode(LeaveActionInput.self)
            try await request.stores.leaves.act(id, try input.action(), context: try request.auditContext)
            return try await detail(request, id).json(request)
        }

        @Sendable static func today(_ request: Request) async throws -> Response {
            let actor = try request.actor, stores = request.stores
            let day = try await request.today()
            let leaves = try await stores.leaves.away(on: day, actor: actor)
            let people = try await stores.leaves.travellers(of: leaves)
            let classes = try await stores.grid.names(of: Set(leaves.compactMap(\.classID)))
            let perClass = Dictionary(grouping: leaves, by: \.classID).map { classID, lines in
                LeaveTodayDTO.ClassCount(classId: classID?.rawValue, name: classID.flatMap { classes[$0] } ?? "",
                                         count: Set(lines.map(\.personID)).count)
            }.sorted { $0.count > $1.count }
            return try await LeaveTodayDTO(day: day.iso, people: Set(leaves.map(\.personID)).count, perClass: perClass,
                                           items: leaves.map { LeaveDTO($0, actor: actor, person: people[$0.personID], today: day) })
                .json(request)
        }

        /// 201 for a new line; a replayed Idempotency-Key answers the first line again, marked as a replay.
        private static func created201(_ request: Request, _ leave: LeaveApplication, created: Bool) async throws -> Response {
            let response = try await detail(request, leave.id).json(request, status: .created)
            if !created { response.headers.replaceOrAdd(name: "Idempotent-Replayed", value: "true") }
            return response
        }

        static func detail(_ request: Request, _ id: LeaveApplication.ID) async throws -> LeaveDetailDTO {
            let actor = try request.actor, leaves = request.stores.leaves
            let leave = try await leaves.find(id, scope: actor.scope)
            let party = try await leaves.party(leave, actor: actor)
            let today = try await request.today()
            let person = try await leaves.travellers(of: [leave])[leave.personID]
            return LeaveDetailDTO(leave: LeaveDTO(leave, actor: actor, person: person, today: today),
                                  actions: LeaveTransition.possibleActions(leave, by: party, today: today))
        }
    }
}
