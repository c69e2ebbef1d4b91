import Domain
import Foundation
import Persistence
import Plot
import Vapor

/// The 工作欠账 board: totals rolled up the tree with drill-down, and a branch's cells with their explanations.
enum ComplianceController {
    static let endpoints = [
        Endpoint(.GET, "compliance", .viewCompliance, board),
        Endpoint(.GET, "compliance/inactivity", .viewCompliance, inactivity),
    ]

    @Sendable static func board(_ request: Request) async throws -> Response {
        let actor = try request.actor, today = try await request.today()
        let year = try request.year(default: today)
        let report = try await request.stores.compliance.board(under: try request.optionalID("org"), year: year, today: today, scope: actor.scope)
        let choices = report.organizations.isEmpty ? [] : try await request.stores.organizations.list(scope: actor.scope)
            .filter { $0.kind != .group }
        return try ComplianceBoardView(report: report, choices: choices, context: PageContext(request)).render().response()
    }

    @Sendable static func inactivity(_ request: Request) async throws -> Response {
        let actor = try request.actor, today = try await request.today()
        let org: Organization.ID? = try request.optionalID("org")
        let members = try await request.stores.compliance.absentMembers(under: org, today: today, scope: actor.scope)
        let branches = try await request.stores.compliance.quietBranches(under: org, today: today, scope: actor.scope)
        let names = try await request.stores.organizations.names(of: Set(members.compactMap(\.organizationID)))
        let s = request.strings
        let content: Node<HTML.BodyContext> = .group(
            .p(.class("hint"), .text(s.inactivityNote)),
            .h2(.text(s.quietBranchesTitle + "（\(branches.count)）")),
            .div(.class("table-wrap"), .table(.class("quiet-branches"),
                .thead(.tr(.th(.text(s.organizationColumn)), .th(.text(s.lastMeeting)), .th(.text(s.level)))),
                .tbody(.forEach(branches) { b in
                    .tr(.td(.a(.href(MeetingRoute.board(organization: b.subject.id, year: nil).path), .text(b.subject.name))),
                        .td(.text(b.lastMeeting?.iso ?? s.never)), .td(.text(s.text(b.level.label))))
                }))),
            .h2(.text(s.absentMembersTitle + "（\(members.count)）")),
            .div(.class("table-wrap"), .table(.class("absent-members"),
                .thead(.tr(.th(.text(s.personName)), .th(.text(s.organizationColumn)), .th(.text(s.memberSince)), .th(.text(s.lastAttended)))),
                .tbody(.forEach(members) { m in
                    .tr(.td(.a(.href(SiteRoute.person(m.personID).path), .text(m.name))),
                        .td(.text(m.organizationID.flatMap { names[$0] } ?? "")),
                        .td(.text(m.memberSince?.iso ?? "")), .td(.text(m.lastPresent?.iso ?? s.never)))
                }))))
        return try Layout.page(s.inactivityTitle, PageContext(request), content).response()
    }
}
