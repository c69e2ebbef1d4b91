import Domain
import Foundation
import Persistence
import Plot

/// The board as a page. Above a branch: one row per organisation below, with counts and a link down.
/// At a branch: one row per rule, one cell per period, each cell explained and linked to its meeting.
struct ComplianceBoardView {
    var report: ComplianceStore.Report
    var choices: [Organization]
    var context: PageContext

    func render() -> HTML {
        let s = context.strings, root = report.root
        let isLeaf = root.kind == .branch || root.kind == .group
        return Layout.page(s.complianceTitle + " · " + root.name, context, .group(
            filters(),
            legend(),
            totalsLine(report.totals[root.path] ?? ComplianceTotals()),
            isLeaf ? branchGrid(root) : childrenTable(),
            .p(.a(.href(MeetingRoute.inactivity(organization: root.id).path), .text(s.inactivityTitle)))))
    }

    private func filters() -> Node<HTML.BodyContext> {
        let s = context.strings
        return .form(.method(.get), .action("/compliance"), .class("filters"),
            Form.select(s.organizationColumn, name: "org",
                        options: choices.map { ($0.id.rawValue.uuidString, String(repeating: "　", count: max(0, $0.path.depth - 1)) + $0.name) },
                        selected: report.root.id.rawValue.uuidString),
            Form.select(s.year, name: "year", options: ((report.today.year - 4)...(report.today.year)).reversed().map { (String($0), String($0)) },
                        selected: String(report.year)),
            .button(.type(.submit), .text(s.filter)))
    }

    private func legend() -> Node<HTML.BodyContext> {
        let s = context.strings
        return .p(.class("legend"), .text(s.legend + "："),
                  .forEach(ComplianceStatus.allCases) { status in .span(.class("cell \(status.rawValue)"), .text("\(status.mark) \(s.text(status.label))　")) })
    }

    private func totalsLine(_ t: ComplianceTotals) -> Node<HTML.BodyContext> {
        let s = context.strings
        return .p(.class("totals"), .forEach([ComplianceStatus.done, .incomplete, .due, .overdue]) { status in
            .span(.class("cell \(status.rawValue)"), .text("\(s.text(status.label)) \(t[status])　"))
        }, .text(t.completionPerMille.map { "\(s.completion) \($0 / 10).\($0 % 10)%" } ?? ""))
    }

    private func childrenTable() -> Node<HTML.BodyContext> {
        let s = context.strings
        let children = report.organizations.filter { $0.parentID == report.root.id }
        return .div(.class("table-wrap"), .table(.class("board-totals"),
            .thead(.tr(.th(.text(s.branchesColumn)), .forEach([ComplianceStatus.done, .incomplete, .due, .overdue]) { .th(.text(s.text($0.label))) },
                       .th(.text(s.completion)))),
            .tbody(.forEach(children) { child in
                let t = report.totals[child.path] ?? ComplianceTotals()
                return .tr(.td(.a(.href(MeetingRoute.board(organization: child.id, year: report.year).path), .text(child.name))),
                           .forEach([ComplianceStatus.done, .incomplete, .due, .overdue]) { status in
                               .td(.class(t[status] > 0 && (status == .overdue || status == .incomplete) ? "cell \(status.rawValue)" : ""), .text(String(t[status])))
                           },
                           .td(.text(t.completionPerMille.map { "\($0 / 10).\($0 % 10)%" } ?? "—")))
            })))
    }

    private func branchGrid(_ branch: Organization) -> Node<HTML.BodyContext> {
        let s = context.strings
        let cells = report.cells.filter { $0.organizationID == branch.id }
        let rows = Dictionary(grouping: cells, by: { $0.requirement })
        let requirements = report.rules.requirements.filter { rows[$0] != nil }
        let flagged = cells.filter { $0.status == .overdue || $0.status == .incomplete || $0.status == .due }
        return .group(
            .div(.class("table-wrap"), .table(.class("board-grid"),
                .tbody(.forEach(requirements) { requirement in
                    .tr(.th(.text(s.text(requirement.kind.label)), .br(), .small(.text(s.text(requirement.unit.label) + " ≥ \(requirement.count)"))),
                        .forEach(rows[requirement]!.sorted { $0.period < $1.period }) { cell in cellNode(cell, branch) })
                }))),
            .h2(.text(s.gapsAndIncomplete)),
            .ul(.class("explanations"), .forEach(flagged) { cell in
                .li(.class("cell \(cell.status.rawValue)"), .text("\(cell.status.mark) \(s.text(cell.explanation))"))
            }))
    }

    private func cellNode(_ cell: ComplianceCell, _ branch: Organization) -> Node<HTML.TableRowContext> {
        let s = context.strings
        let label = "\(cell.status.mark) \(s.text(cell.period.label))"
        let link: String? = cell.meetingIDs.first.map { MeetingRoute.meeting($0).path }
            ?? ((cell.status == .due || cell.status == .overdue) && context.may(.manageMeetings)
                ? MeetingRoute.new(organization: branch.id).path + "&kind=\(cell.requirement.kind.rawValue)" : nil)
        return .td(.class("cell \(cell.status.rawValue)"), .attribute(named: "title", value: s.text(cell.explanation)),
                   link.map { .a(.href($0), .text(label)) } ?? .text(label))
    }
}
