import Domain
import Persistence
import Plot

/// An organisation's dues ledger for a year: its balance (carried over, in, out, kept, closing), the balances of
/// the organisations below, its lines, and the form for a new line.
struct DuesLedgerPage {
    var organization: Organization
    var year: Int
    var entries: [DuesLedgerEntry]
    var balances: [DuesLedgerBalance]
    var names: [Organization.ID: String]
    var choices: [Organization]
    var form: DuesLedgerForm
    var error: DomainError?
    var context: PageContext

    func render() -> HTML {
        let s = context.strings
        let own = balances.first { $0.organizationID == organization.id }
        let below = balances.filter { $0.organizationID != organization.id }
        return Layout.page("\(s.duesLedgerTitle) · \(organization.name)", context, .group(
            DuesPages.chooser("/dues/ledger", organization: organization, choices: choices, year: year, context: context),
            DuesPages.links(organization, year: year, context: context),
            .p(.a(.href(DuesRoute.ledgerExport(org: organization.id, year: year, format: "xlsx").path), .text(s.exportXLSX))),
            .unwrap(own) { balance($0) },
            entries.isEmpty ? .p(.text(s.duesLedgerNone)) : lines(),
            .if(!below.isEmpty, .group(.h2(.text(s.duesBalancesBelow)), .div(.class("table-wrap"), .table(.class("dues-balances"),
                .thead(.tr(.th(.text(s.duesOrganization)), .th(.text(s.duesOpening)), .th(.text(s.duesInflow)), .th(.text(s.duesOutflow)),
                           .th(.text(s.duesClosing)))),
                .tbody(.forEach(below) { b in
                    .tr(.td(.a(.href(DuesRoute.ledger(org: b.organizationID, year: year).path), .text(names[b.organizationID] ?? ""))),
                        .td(.text(Fen.format(b.opening))), .td(.text(Fen.format(b.inflow))), .td(.text(Fen.format(b.outflow))),
                        .td(.text(Fen.format(b.closing))))
                }))))),
            newEntry()))
    }

    private func balance(_ b: DuesLedgerBalance) -> Node<HTML.BodyContext> {
        let s = context.strings
        let rows: [(String, Int)] = [(s.duesOpening, b.opening)] + DuesLedgerKind.allCases.map { (s.label($0), b.totals[$0] ?? 0) }
            + [(s.duesInflow, b.inflow), (s.duesOutflow, b.outflow), (s.duesClosing, b.closing)]
        return .dl(.class("facts dues-balance"), .forEach(rows) { .group(.dt(.text($0.0)), .dd(.text(Fen.format($0.1) + " 元"))) })
    }

    private func lines() -> Node<HTML.BodyContext> {
        let s = context.strings
        return .ul(.class("cards dues-ledger"), .forEach(entries) { e in
            .li(.class("card \(e.kind.rawValue)"),
                .p(.strong(.text("\(e.occurredOn.iso) · \(s.label(e.kind)) · \(Fen.format(e.amount)) 元"))),
                .p(.text(e.purpose + (e.counterparty.map { " · " + $0 } ?? ""))),
                .p(.class("meta"), .text([e.approvalReference, e.documents.isEmpty ? nil : e.documents.joined(separator: "、"), e.recordedBy]
                    .compactMap { $0 }.joined(separator: " · "))))
        })
    }

    private func newEntry() -> Node<HTML.BodyContext> {
        let s = context.strings
        let message = error.map { $0.message(s.locale) }
        func fieldError(_ name: String) -> String? { error?.field == name ? message : nil }
        return .group(.h2(.text(s.duesNewEntry)),
            Form.errorSummary(error != nil && error?.field == nil ? message : nil),
            .form(.method(.post), .action(DuesRoute.ledger(org: organization.id, year: year).path), .class("stacked"),
                Form.csrf(context.csrfToken),
                .input(.type(.hidden), .name("org"), .value(organization.id.rawValue.uuidString)),
                .input(.type(.hidden), .name("submission"), .value(form.submission ?? "")),
                Form.select(s.duesKind, name: "kind", options: DuesLedgerKind.allCases.map { ($0.rawValue, s.label($0)) },
                            selected: form.kind, error: fieldError("kind")),
                Form.text(s.duesAmount, name: "amount", value: form.amount, required: true, error: fieldError("amount")),
                Form.text(s.duesOccurredOn, name: "occurredOn", value: form.occurredOn, required: true, type: .date, error: fieldError("occurredOn")),
                Form.text(s.duesCounterparty, name: "counterparty", value: form.counterparty),
                Form.text(s.duesPurpose, name: "purpose", value: form.purpose, required: true, error: fieldError("purpose")),
                Form.text(s.duesReference, name: "approvalReference", value: form.approvalReference, error: fieldError("approvalReference")),
                .div(.class("field"), .label(.attribute(named: "for", value: "documents"), .text(s.duesDocuments)),
                     .textarea(.name("documents"), .id("documents"), .attribute(named: "rows", value: "3"), .text(form.documents ?? ""))),
                .button(.type(.submit), .class("primary"), .text(s.submit))))
    }
}
