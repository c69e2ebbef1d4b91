import Domain
import Foundation
import Persistence
import Plot
import Vapor

/// 积分审核 and a member's ledger: the pending entries of the approver's subtree (approve, or refuse with a
/// reason), and one person's entries in scope with corrections for approvers. Out of scope: 404.
enum PointReview {
    @Sendable static func pending(_ request: Request) async throws -> Response {
        try await renderPending(request, error: nil)
    }

    @Sendable static func person(_ request: Request) async throws -> Response {
        try await renderPerson(request, id: try request.id("id"), error: nil)
    }

    @Sendable static func decide(_ request: Request) async throws -> Response {
        let id: PointEntry.ID = try request.id("id")
        let form = try request.content.decode(PointDecisionForm.self)
        do {
            try await request.stores.points.decide(id, try PointQuery.decision(form.decision, reason: form.reason), context: try request.auditContext)
            return request.redirect(to: PointRoute.pending.path, redirectType: .normal)
        } catch let error as DomainError where error.status == .unprocessableEntity || error.status == .conflict {
            return try await renderPending(request, error: error, status: error.status)
        }
    }

    @Sendable static func correct(_ request: Request) async throws -> Response {
        let id: PointEntry.ID = try request.id("id")
        let form = try request.content.decode(PointCorrectionForm.self)
        let points = request.stores.points
        let entry = try await points.entry(id, scope: try request.actor.scope)
        do {
            guard let value = Int(form.points.trimmingCharacters(in: .whitespaces)) else {
                throw DomainError.invalid(field: "points", message: Message(zh: "更正分值应为整数", en: "Points must be a whole number"))
            }
            _ = try await points.correct(id, points: value, reason: form.reason, context: try request.auditContext)
            return request.redirect(to: PointRoute.person(entry.personID).path, redirectType: .normal)
        } catch let error as DomainError where error.status == .unprocessableEntity || error.status == .conflict {
            return try await renderPerson(request, id: entry.personID, error: error, status: error.status)
        }
    }

    static func renderPending(_ request: Request, error: DomainError?, status: HTTPResponseStatus = .ok) async throws -> Response {
        let actor = try request.actor, points = request.stores.points, s = request.strings
        let page = try await points.ledger(.init(status: .pending), page: ListRequest(size: 200), scope: actor.scope)
        let entries = page.items.filter { $0.personID != actor.personID }
        let names = try await points.names(of: Set(entries.map(\.personID)))
        let rules = try await ruleNames(request)
        let context = PageContext(request)
        let html = Layout.page(s.pointsPendingTitle, context, .group(
            Form.errorSummary(error.map { $0.message(s.locale) }),
            PointEntryList.render(entries, rules: rules, names: names, context: context) { decisionForms($0, context) }))
        return try html.response(status: status)
    }

    static func renderPerson(_ request: Request, id: Person.ID, error: DomainError?, status: HTTPResponseStatus = .ok) async throws -> Response {
        let actor = try request.actor, points = request.stores.points, s = request.strings
        let person = try await points.person(id, scope: actor.scope)
        let number = max(1, request.query[Int.self, at: "page"] ?? 1)
        let page = try await points.ledger(.init(personID: id), page: ListRequest(number: number, size: 50), scope: actor.scope)
        let balance = try await points.balance(of: id, period: nil, scope: actor.scope)
        let approver = try await points.mayApprove(id, actor: actor)
        let context = PageContext(request)
        let html = Layout.page(s.pointsLedgerTitle + " · " + person.name, context, .group(
            Form.errorSummary(error.map { $0.message(s.locale) }),
            .p(.text(s.pointsTotal + "："), .b(.text(String(balance)))),
            PointEntryList.render(page.items, rules: try await ruleNames(request), names: [:], context: context) { e in
                approver && e.status == .approved && !e.isCorrection ? correctionForm(e, context) : .empty
            }))
        return try html.response(status: status)
    }

    private static func ruleNames(_ request: Request) async throws -> [PointEvent: String] {
        guard let school = try request.actor.schoolID else { return [:] }
        return Dictionary(uniqueKeysWithValues: try await request.stores.points.rules(school: school).map { ($0.event, $0.name) })
    }

    private static func decisionForms(_ e: PointEntry, _ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        return .div(.class("actions"),
            .form(.method(.post), .action(PointRoute.decision(e.id).path), .class("inline"),
                  Form.csrf(context.csrfToken), .input(.type(.hidden), .name("decision"), .value("approve")),
                  .button(.type(.submit), .class("primary"), .text(s.pointsApprove))),
            .form(.method(.post), .action(PointRoute.decision(e.id).path), .class("inline"),
                  Form.csrf(context.csrfToken), .input(.type(.hidden), .name("decision"), .value("refuse")),
                  .input(.type(.text), .name("reason"), .placeholder(s.pointsReason), .required(true)),
                  .button(.type(.submit), .text(s.pointsRefuse))))
    }

    private static func correctionForm(_ e: PointEntry, _ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        return .form(.method(.post), .action(PointRoute.corrections(e.id).path), .class("inline"),
                     Form.csrf(context.csrfToken),
                     .input(.type(.number), .name("points"), .placeholder(s.pointsCorrectionPoints), .required(true)),
                     .input(.type(.text), .name("reason"), .placeholder(s.pointsReason), .required(true)),
                     .button(.type(.submit), .text(s.pointsCorrect)))
    }
}
