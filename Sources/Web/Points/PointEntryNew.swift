import Domain
import Persistence
import Plot
import Vapor

/// 申报积分: a member claims points by rule with evidence (a secretary may claim for a member in scope by number).
/// Entries whose rule needs approval wait for the branch secretary or above.
enum PointEntryNew {
    @Sendable static func new(_ request: Request) async throws -> Response {
        try await render(request, form: PointEntryForm(), error: nil)
    }

    @Sendable static func create(_ request: Request) async throws -> Response {
        let form = try request.content.decode(PointEntryForm.self)
        let actor = try request.actor, points = request.stores.points
        do {
            guard let school = actor.schoolID else { throw DomainError.forbidden }
            let person = form.number.trimmingCharacters(in: .whitespaces).isEmpty ? actor.personID
                : try await points.person(number: form.number, school: school, scope: actor.scope)
            guard let person else { throw DomainError.invalid(field: "number", message: Message(zh: "请填写学工号", en: "Give the number")) }
            let proposal = try form.proposal(person: person, today: try await request.today())
            _ = try await points.propose(proposal, key: form.submission, context: try request.auditContext)
            let back = person == actor.personID ? PointRoute.mine(period: nil).path : PointRoute.person(person).path
            return request.redirect(to: back, redirectType: .normal)
        } catch let error as DomainError where error.status == .unprocessableEntity || error.status == .conflict {
            return try await render(request, form: form, error: error, status: error.status)
        }
    }

    static func render(_ request: Request, form: PointEntryForm, error: DomainError?, status: HTTPResponseStatus = .ok) async throws -> Response {
        let actor = try request.actor
        guard let school = actor.schoolID else { throw DomainError.notFound }
        let rules = try await request.stores.points.rules(school: school).filter(\.isEnabled)
        return try View(form: form, rules: rules, forOthers: actor.may(.approvePoints), error: error, context: PageContext(request))
            .render().response(status: status)
    }

    struct View {
        var form: PointEntryForm
        var rules: [PointRule]
        var forOthers: Bool
        var error: DomainError?
        var context: PageContext

        func render() -> HTML {
            let s = context.strings
            let message = error.map { $0.message(s.locale) }
            func fieldError(_ name: String) -> String? { error?.field == name ? message : nil }
            let options = rules.map { r in
                (r.event.rawValue, "\(r.name)（\(r.pointsPerUnit)分/\(r.unit.label.text(s.locale))\(r.needsApproval ? "，" + s.pointsNeedsApproval : "")）")
            }
            return Layout.page(s.pointsNewTitle, context, .group(
                Form.errorSummary(error?.field == nil ? message : nil),
                .form(.method(.post), .action(PointRoute.entries.path), .class("stacked"),
                      Form.csrf(context.csrfToken),
                      .input(.type(.hidden), .name("submission"), .value(form.submission)),
                      Form.select(s.pointsRule, name: "event", options: options, selected: form.event, error: fieldError("event")),
                      .if(forOthers, Form.text(s.pointsPerson, name: "number", value: form.number, error: fieldError("number"))),
                      Form.text(s.pointsQuantity, name: "quantity", value: form.quantity, required: true, type: .number, error: fieldError("quantity")),
                      Form.text(s.pointsDay, name: "day", value: form.day, type: .date, error: fieldError("day")),
                      .div(.class(fieldError("evidence") == nil ? "field" : "field invalid"),
                           .label(.attribute(named: "for", value: "evidence"), .text(s.pointsEvidence)),
                           .textarea(.name("evidence"), .id("evidence"), .attribute(named: "rows", value: "4"), .required(true), .text(form.evidence)),
                           .unwrap(fieldError("evidence")) { .p(.class("error"), .text($0)) }),
                      .button(.type(.submit), .class("primary"), .text(s.submit)))))
        }
    }
}
