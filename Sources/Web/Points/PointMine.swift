import Domain
import Foundation
import Persistence
import Plot
import Vapor

/// 我的积分: the member's points this period, their rank in branch, college and school, and their history with
/// the rule and the source of each entry.
enum PointMine {
    struct Model {
        var period: Period
        var standing: PointsStore.Standing
        var total: Int
        var page: ListPage<PointEntry>
        var rules: [PointEvent: String]
    }

    @Sendable static func response(_ request: Request) async throws -> Response {
        let actor = try request.actor, points = request.stores.points
        guard let me = actor.personID, let school = actor.schoolID else { throw DomainError.notFound }
        let period = try await PointQuery.period(request)
        let number = max(1, request.query[Int.self, at: "page"] ?? 1)
        let model = Model(period: period, standing: try await points.standing(of: me, period: period, scope: actor.scope),
                          total: try await points.balance(of: me, period: nil, scope: actor.scope),
                          page: try await points.ledger(.init(personID: me), page: ListRequest(number: number, size: 30), scope: actor.scope),
                          rules: Dictionary(uniqueKeysWithValues: try await points.rules(school: school).map { ($0.event, $0.name) }))
        return try View(model: model, context: PageContext(request)).render().response()
    }

    struct View {
        var model: Model
        var context: PageContext

        func render() -> HTML {
            let s = context.strings, key = model.period.description
            return Layout.page(s.pointsMineTitle, context, .group(
                PointPeriodForm.render(action: "/points/mine", period: key, organization: nil, context: context),
                .div(.class("stats"),
                     .div(.class("stat"), .b(.id("points-balance"), .text(String(model.standing.points))),
                          .span(.text(s.pointsBalance + "（" + model.period.label.text(s.locale) + "）"))),
                     .div(.class("stat"), .b(.text(String(model.total))), .span(.text(s.pointsTotal)))),
                .ul(.class("cards ranks"), .forEach(model.standing.places) { place in
                    .li(.class("rank"), .text(place.organization.name + "：" + s.pointsRank(place.rank, of: place.of) + " "),
                        .a(.href(PointRoute.ranking(organization: place.organization.id, period: key).path), .text(s.pointsSeeRanking)))
                }),
                .if(context.may(.proposePoints), .p(.a(.class("button primary"), .href(PointRoute.new.path), .text(s.pointsNewTitle)))),
                .h2(.text(s.pointsHistory)),
                PointEntryList.render(model.page.items, rules: model.rules, names: [:], context: context)))
        }
    }
}

/// A period picker (year, quarter or month key) that keeps the organisation being looked at.
enum PointPeriodForm {
    static func render(action: String, period: String, organization: Organization.ID?, context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        return .form(.method(.get), .action(action), .class("filters"),
                     .unwrap(organization) { .input(.type(.hidden), .name("org"), .value($0.rawValue.uuidString)) },
                     Form.text(s.pointsPeriod + "（" + s.pointsPeriodHint + "）", name: "period", value: period),
                     .button(.type(.submit), .text(s.filter)))
    }
}

/// Ledger entries as cards: day, rule, points, status, and where they came from or why they were capped.
enum PointEntryList {
    static func render(_ entries: [PointEntry], rules: [PointEvent: String], names: [Person.ID: String], context: PageContext,
                       actions: ((PointEntry) -> Node<HTML.BodyContext>)? = nil) -> Node<HTML.BodyContext> {
        let s = context.strings
        guard !entries.isEmpty else { return .p(.text(s.pointsNone)) }
        return .ul(.class("cards points"), .forEach(entries) { e in
            .li(.class("point-entry \(e.status.rawValue)"),
                .p(.unwrap(names[e.personID]) { .b(.text($0 + " · ")) },
                   .text("\(e.day.iso) · \(rules[e.event] ?? e.event.label.text(s.locale)) · "),
                   .b(.text(s.points(e.status == .pending ? e.requestedPoints : e.points))),
                   .text(" · "), .span(.class("status"), .text(e.status.label.text(s.locale)))),
                .p(.class("meta"), .text(source(e, s))),
                .unwrap(e.note) { .p(.class("meta"), .text(s.pointsNote + "：" + $0)) },
                .unwrap(actions) { $0(e) })
        })
    }

    static func source(_ e: PointEntry, _ s: Strings) -> String {
        if e.isCorrection { return s.pointsCorrectionOf + " · " + e.proposedBy }
        if let source = e.source { return s.pointsAutomatic + " · " + source }
        return s.pointsManual + " · " + e.evidence
    }
}
