import Domain
import Persistence
import Plot

/// The grid page. Dorms are left out: there are thousands, and each class's page lists its own.
enum GridIndex {
    struct Model {
        var forest: Forest<GridUnit>
        /// Classes in each unit's subtree, the unit included.
        var classCounts: [GridUnit.ID: Int]

        init(_ stores: Stores, scope: Scope) async throws {
            let units = try await stores.grid.list(scope: scope, kinds: [.college, .major, .schoolClass])
            // A counsellor's scope is their classes alone: with no college or major in view, they are the roots.
            forest = Forest(units, id: \.id, parentID: \.parentID, areInIncreasingOrder: GridUnit.precedes)
            classCounts = forest.totals(id: \.id) { $0.kind == .schoolClass ? 1 : 0 }
        }
    }

    struct View {
        var model: Model
        var context: PageContext

        func render() -> HTML {
            let s = context.strings
            return Layout.page(s.gridTitle, context, model.forest.roots.isEmpty
                ? .p(.text(s.noGridUnits))
                : .group(.div(.class("pager"),
                              .a(.href(SiteRoute.exportGrid(format: "xlsx").path), .text(s.exportXLSX)),
                              .a(.href(SiteRoute.exportGrid(format: "csv").path), .text(s.exportCSV))),
                         .div(.class("tree"), .ul(.forEach(model.forest.roots) { item($0, level: 0) }))))
        }

        private func item(_ subtree: Forest<GridUnit>.Subtree, level: Int) -> Node<HTML.ListContext> {
            let line = label(subtree.item)
            guard !subtree.children.isEmpty else { return .li(.class("leaf"), line) }
            // Colleges start open on their majors; a major's classes unfold on demand, as a college has dozens.
            return .li(.details(.open(level == 0),
                                .summary(line),
                                .ul(.forEach(subtree.children) { item($0, level: level + 1) })))
        }

        private func label(_ unit: GridUnit) -> Node<HTML.BodyContext> {
            let s = context.strings
            return .group(
                .a(.href(SiteRoute.gridUnit(unit.id).path), .text(unit.name)),
                .span(.class("badge"), .text(s.label(unit.kind))),
                .if(unit.kind != .schoolClass, .small(.text(" " + s.classCount(model.classCounts[unit.id] ?? 0)))))
        }
    }
}
