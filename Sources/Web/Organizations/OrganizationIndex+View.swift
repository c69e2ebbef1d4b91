import Domain
import Plot

/// The tree page: nested lists, folded with `<details>` so it needs no script.
enum OrganizationIndex {
    struct View {
        var tree: OrganizationTree
        var context: PageContext

        func render() -> HTML {
            let s = context.strings
            return Layout.page(s.organizationsTitle, context, tree.forest.roots.isEmpty
                ? .p(.text(s.noOrganizations))
                : .group(.div(.class("pager"),
                              .a(.href(SiteRoute.exportOrganizations(format: "xlsx").path), .text(s.exportXLSX)),
                              .a(.href(SiteRoute.exportOrganizations(format: "csv").path), .text(s.exportCSV))),
                         .div(.class("tree"), .ul(.forEach(tree.forest.roots) { item($0, level: 0) }))))
        }

        private func item(_ subtree: Forest<Organization>.Subtree, level: Int) -> Node<HTML.ListContext> {
            let line = label(subtree.item)
            guard !subtree.children.isEmpty else { return .li(.class("leaf"), line) }
            // A branch's party groups start folded; every level above them starts open.
            return .li(.details(.open(level == 0 || subtree.item.kind != .branch),
                                .summary(line),
                                .ul(.forEach(subtree.children) { item($0, level: level + 1) })))
        }

        private func label(_ organization: Organization) -> Node<HTML.BodyContext> {
            let s = context.strings
            return .group(
                .a(.href(SiteRoute.organization(organization.id).path), .text(organization.name)),
                .span(.class("badge"), .text(s.label(organization.kind))),
                .unwrap(organization.category) { .span(.class("badge"), .text(s.label($0))) },
                .small(.text(" " + s.memberCount(tree.totals[organization.id] ?? 0))))
        }
    }
}
