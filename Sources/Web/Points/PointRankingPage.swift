import Domain
import Foundation
import Persistence
import Plot
import Vapor

/// 积分排行: the members of an organisation ranked by points in a period (ties share a rank), with its download.
enum PointRankingPage {
    @Sendable static func response(_ request: Request) async throws -> Response {
        let (organization, period, ranking) = try await PointQuery.ranking(request)
        return try View(organization: organization, period: period, ranking: ranking, me: try request.actor.personID,
                        context: PageContext(request)).render().response()
    }

    @Sendable static func export(_ request: Request, format: ListExport.Format) async throws -> Response {
        let s = request.strings
        let (organization, period, ranking) = try await PointQuery.ranking(request)
        let rows = ranking.lines.map { [String($0.rank), $0.name, String($0.points)] }
        let export = ListExport(header: [s.pointsRankLabel, s.pointsName, s.pointsPoints], rows: rows, sheetName: s.pointsExportName)
        return try await export.respond(request, format: format,
                                        name: .init(ascii: "points-ranking-\(period.description)", localised: "\(organization.name)\(s.pointsExportName)"),
                                        target: "points_ranking:\(organization.id.rawValue)")
    }

    struct View {
        var organization: Organization
        var period: Period
        var ranking: PointRanking<Person.ID>
        var me: Person.ID?
        var context: PageContext

        func render() -> HTML {
            let s = context.strings, key = period.description
            return Layout.page(s.pointsRankingTitle + " · " + organization.name, context, .group(
                PointPeriodForm.render(action: "/points/ranking", period: key, organization: organization.id, context: context),
                .p(.text(period.label.text(s.locale) + " "),
                   .a(.href(PointRoute.export(organization: organization.id, period: key).path), .text(s.exportXLSX))),
                .table(.class("ranking"),
                       .thead(.tr(.th(.text(s.pointsRankLabel)), .th(.text(s.pointsName)), .th(.text(s.pointsPoints)))),
                       .tbody(.forEach(ranking.lines) { line in
                           .tr(.class(line.subject == me ? "me" : ""),
                               .td(.text(String(line.rank))), .td(.text(line.name)), .td(.text(String(line.points))))
                       }))))
        }
    }
}
