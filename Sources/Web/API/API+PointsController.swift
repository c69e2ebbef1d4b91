import Domain
import Foundation
import Persistence
import Vapor

extension API {
    /// 积分制 under `/api/v1`, scoped like the pages: a member reads their own ledger and the rankings they stand
    /// in; a secretary their subtree's; another branch's ledger is a 404.
    enum PointsController {
        static let endpoints = [
            Endpoint(.GET, "api/v1/points/rules", .viewPoints, rules),
            Endpoint(.GET, "api/v1/points/ledger", .viewPoints, ledger),
            Endpoint(.GET, "api/v1/points/ranking", .viewPoints, ranking),
            Endpoint(.POST, "api/v1/points/entries", .proposePoints, create),
            Endpoint(.POST, "api/v1/points/entries/:id/decision", .approvePoints, decide),
            Endpoint(.POST, "api/v1/points/entries/:id/corrections", .approvePoints, correct),
            Endpoint(.GET, "api/v1/points/nominations", .manageNominations, nominations),
            Endpoint(.POST, "api/v1/points/nominations", .manageNominations, nominate),
            Endpoint(.POST, "api/v1/points/nominations/:id/decision", .manageNominations, decideNomination),
        ]

        @Sendable static func rules(_ request: Request) async throws -> Response {
            guard let school = try request.actor.schoolID else { throw DomainError.notFound }
            return try await request.stores.points.rules(school: school).map(PointRuleDTO.init).json(request)
        }

        @Sendable static func ledger(_ request: Request) async throws -> Response {
            let actor = try request.actor, points = request.stores.points
            guard let person = try PointQuery.person(request) ?? actor.personID else { throw DomainError.notFound }
            let name = try await points.person(person, scope: actor.scope).name
            let number = max(1, request.query[Int.self, at: "page"] ?? 1), size = min(500, max(1, request.query[Int.self, at: "pageSize"] ?? 50))
            let page = try await points.ledger(.init(personID: person), page: ListRequest(number: number, size: size), scope: actor.scope)
            let balance = try await points.balance(of: person, period: nil, scope: actor.scope)
            return try await PointLedgerDTO(personId: person.rawValue, balance: balance,
                                            entries: PageDTO(page) { PointEntryDTO($0, name: name) }).json(request)
        }

        @Sendable static func ranking(_ request: Request) async throws -> Response {
            let (organization, period, ranking) = try await PointQuery.ranking(request)
            return try await PointRankingDTO(organizationId: organization.id.rawValue, organizationName: organization.name,
                                             period: period.description,
                                             lines: ranking.lines.map { .init(personId: $0.subject.rawValue, name: $0.name, points: $0.points, rank: $0.rank) })
                .json(request)
        }

        @Sendable static func create(_ request: Request) async throws -> Response {
            let actor = try request.actor
            let body = try request.content.decode(PointEntryRequest.self)
            guard let person = body.person.map({ Person.ID($0) }) ?? actor.personID else { throw DomainError.notFound }
            var day = try await request.today()
            if let text = body.day {
                guard let parsed = LocalDate(iso: text) else {
                    throw DomainError.invalid(field: "day", message: Message(zh: "日期格式应为YYYY-MM-DD", en: "day is YYYY-MM-DD"))
                }
                day = parsed
            }
            let proposal = PointProposal(personID: person, event: body.event, quantity: body.quantity ?? 1, day: day, evidence: body.evidence ?? "")
            let (entry, created) = try await request.stores.points.propose(proposal, key: request.headers.first(name: "Idempotency-Key"),
                                                                          context: try request.auditContext)
            let response = try await PointEntryDTO(entry, name: nil).json(request, status: .created)
            if !created { response.headers.replaceOrAdd(name: "Idempotent-Replayed", value: "true") }
            return response
        }

        @Sendable static func decide(_ request: Request) async throws -> Response {
            let body = try request.content.decode(PointDecisionRequest.self)
            let entry = try await request.stores.points.decide(try request.id("id"), try PointQuery.decision(body.decision, reason: body.reason),
                                                               context: try request.auditContext)
            return try await PointEntryDTO(entry, name: nil).json(request)
        }

        @Sendable static func correct(_ request: Request) async throws -> Response {
            let body = try request.content.decode(PointCorrectionRequest.self)
            let entry = try await request.stores.points.correct(try request.id("id"), points: body.points, reason: body.reason,
                                                                context: try request.auditContext)
            return try await PointEntryDTO(entry, name: nil).json(request, status: .created)
        }

        @Sendable static func nominations(_ request: Request) async throws -> Response {
            guard let school = try request.actor.schoolID else { throw DomainError.notFound }
            return try await request.stores.points.nominations(school: school).map(NominationDTO.init).json(request)
        }

        @Sendable static func nominate(_ request: Request) async throws -> Response {
            let body = try request.content.decode(NominationRequest.self)
            let (nomination, created) = try await request.stores.points.nominate(
                year: body.year, title: body.title, subject: body.subject, criterion: try body.parsedCriterion(),
                key: request.headers.first(name: "Idempotency-Key"), context: try request.auditContext)
            let response = try await NominationDTO(nomination).json(request, status: .created)
            if !created { response.headers.replaceOrAdd(name: "Idempotent-Replayed", value: "true") }
            return response
        }

        @Sendable static func decideNomination(_ request: Request) async throws -> Response {
            let body = try request.content.decode(NominationDecisionRequest.self)
            let nomination = try await request.stores.points.decideNomination(try request.id("id"), chosen: body.chosen, reason: body.reason,
                                                                              context: try request.auditContext)
            return try await NominationDTO(nomination).json(request)
        }
    }
}
