import Domain
import Persistence
import Plot

/// An import's progress while it runs (refreshing itself, no JavaScript needed), then its report:
/// the counts, the columns not read, and one line per data row with rejected rows first.
enum ImportShow {
    struct Model {
        var progress: ImportProgress

        var isRunning: Bool { progress.status == .running }
        var headerNotes: [ImportProgress.ReportLine] { progress.report.filter { !$0.isDataRow } }
        /// Rejected and skipped rows, rejected first: what the importer has to look at.
        var attention: [ImportProgress.ReportLine] {
            let rows = progress.report.filter { $0.isDataRow && $0.outcome != .created }
            return rows.filter { $0.outcome == .rejected } + rows.filter { $0.outcome != .rejected }
        }
        var created: [ImportProgress.ReportLine] { progress.report.filter { $0.isDataRow && $0.outcome == .created } }
    }

    struct View {
        var model: Model
        var context: PageContext

        func render() -> HTML {
            let s = context.strings
            return Layout.page(s.importReportTitle, context, .group(
                status(),
                .if(!model.isRunning, .group(summary(), notes(), report()))
            ), refreshSeconds: model.isRunning ? 2 : nil)
        }

        private func status() -> Node<HTML.BodyContext> {
            let s = context.strings, p = model.progress
            let message: String = switch p.status {
            case .running: s.importRunning
            case .done: s.importFinished
            case .failed: s.importFailed
            }
            return .div(.class("card"),
                .p(.text(s.importedFile(p.fileName, RosterKind(rawValue: p.kind).map(s.label) ?? p.kind))),
                .element(named: "progress", nodes: [.attribute(named: "value", value: String(p.processedRows)),
                                                    .attribute(named: "max", value: String(max(p.totalRows, 1)))]),
                .p(.attribute(named: "data-field", value: "processed"), .text(s.rowsProcessed(p.processedRows, p.totalRows))),
                .p(.class(p.status == .failed ? "error summary" : "notice"), .attribute(named: "data-status", value: p.status.rawValue),
                   .text(message)))
        }

        private func summary() -> Node<HTML.BodyContext> {
            let s = context.strings, p = model.progress
            return .div(.class("stats"),
                stat(s.createdCount, p.createdCount, field: "created"),
                stat(s.skippedCount, p.skippedCount, field: "skipped"),
                stat(s.rejectedCount, p.errorCount, field: "rejected"))
        }

        private func stat(_ label: String, _ value: Int, field: String) -> Node<HTML.BodyContext> {
            .div(.class("stat"), .b(.attribute(named: "data-field", value: field), .text(String(value))), .text(label))
        }

        private func notes() -> Node<HTML.BodyContext> {
            .forEach(model.headerNotes) { note in
                .div(.class("card"), .h2(.text(context.strings.unrecognisedColumns)),
                     .p(.class("unrecognised"), .text(context.strings.text(Message(zh: note.zh, en: note.en)))))
            }
        }

        private func report() -> Node<HTML.BodyContext> {
            let s = context.strings
            return .group(
                .if(!model.attention.isEmpty, table(model.attention, id: "report")),
                .if(!model.created.isEmpty, .details(.summary(.text(s.createdRows(model.created.count))),
                                                     table(model.created, id: "created"))),
                .p(.a(.class("button"), .href(SiteRoute.newImport.path), .text(s.importAnother))))
        }

        private func table<C: HTML.BodyContext>(_ lines: [ImportProgress.ReportLine], id: String) -> Node<C> {
            let s = context.strings
            return .div(.class("table-wrap"), .table(.id(id), .class("report"),
                .thead(.tr(.th(.text(s.reportRow)), .th(.text(s.reportOutcome)), .th(.text(s.reportField)),
                           .th(.text(s.reportMessage)))),
                .tbody(.forEach(lines) { line in
                    .tr(.attribute(named: "data-outcome", value: line.outcome.rawValue),
                        .td(.text(String(line.row))),
                        .td(.text(s.label(line.outcome))),
                        .td(.text(fieldLabel(line.field))),
                        .td(.text(s.text(Message(zh: line.zh, en: line.en)))))
                })))
        }

        private func fieldLabel(_ field: String?) -> String {
            guard let field else { return "" }
            return RosterField(rawValue: field)?.label.text(context.strings.locale) ?? field
        }
    }
}
