import Domain
import Foundation
import Persistence
import Plot
import Vapor

/// One nomination: its shortlist from the frozen archive, and the committee's final choice with the reason
/// (checkboxes over the shortlist until it is recorded).
enum PointNominationPage {
    static func response(_ request: Request, id: Nomination.ID, error: DomainError?, status: HTTPResponseStatus = .ok) async throws -> Response {
        let nomination = try await request.stores.points.nomination(id, scope: try request.actor.scope)
        return try View(nomination: nomination, error: error, context: PageContext(request)).render().response(status: status)
    }

    struct View {
        var nomination: Nomination
        var error: DomainError?
        var context: PageContext

        func render() -> HTML {
            let s = context.strings, n = nomination
            let chosen = Set(n.chosen)
            let criterion: String = switch n.criterion {
            case .top(let count): "\(s.pointsTopN) N=\(count)"
            case .threshold(let points): "\(s.pointsThreshold) ≥ \(points)"
            }
            let rows: Node<HTML.BodyContext> = .table(.class("shortlist"),
                .thead(.tr(.th(.text(s.pointsRankLabel)), .th(.text(s.pointsName)), .th(.text(s.pointsPoints)), .th(.text(s.pointsChosen)))),
                .tbody(.forEach(n.shortlist) { c in
                    .tr(.td(.text(String(c.rank))), .td(.text(c.name)), .td(.text(String(c.points))),
                        .td(n.isDecided ? .text(chosen.contains(c.id) ? "✓" : "")
                            : .input(.type(.checkbox), .name("chosen[]"), .value(c.id.uuidString), .attribute(named: "form", value: "decision"))))
                }))
            return Layout.page("\(n.year) · \(n.title)", context, .group(
                .p(.text("\(n.subject.label.text(s.locale)) · \(criterion)")),
                Form.errorSummary(error.map { $0.message(s.locale) }),
                rows,
                n.isDecided
                    ? .p(.text("\(s.pointsReason)：\(n.reason ?? "") · \(s.pointsDecidedBy)：\(n.decidedBy ?? "")"))
                    : .form(.method(.post), .action(PointRoute.nominationDecision(n.id).path), .id("decision"), .class("stacked"),
                            Form.csrf(context.csrfToken),
                            Form.text(s.pointsReason, name: "reason", value: nil, required: true),
                            .button(.type(.submit), .class("primary"), .text(s.pointsFinalChoice)))))
        }
    }
}
