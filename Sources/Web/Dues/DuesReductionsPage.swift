import Domain
import Persistence
import Plot

/// 少交/免交: the applications in reach with their next step, and the form to apply (for oneself, or for a member).
struct DuesReductionsPage {
    var organization: Organization?
    var members: [DuesMember]
    var reductions: [DuesReduction]
    var names: [Person.ID: String]
    var failed: (DuesProfilesController.ReductionInput, DomainError)?
    var context: PageContext

    func render() -> HTML {
        let s = context.strings
        let message = failed.map { $0.1.message(s.locale) }
        func fieldError(_ name: String) -> String? { failed?.1.field == name ? message : nil }
        let typed = failed?.0
        return Layout.page(s.duesReductionsTitle + (organization.map { " · " + $0.name } ?? ""), context, .group(
            .unwrap(organization) { DuesPages.links($0, year: nil, context: context) },
            Form.errorSummary(failed != nil && !["person", "amount", "from", "to", "reason", "kind"].contains(failed?.1.field ?? "") ? message : nil),
            DuesReductionList(reductions: reductions, names: names, context: context).render(),
            .h2(.text(s.duesApply)),
            .form(.method(.post), .action(DuesRoute.reductions(org: organization?.id).path), .class("stacked"),
                Form.csrf(context.csrfToken),
                .if(!members.isEmpty, Form.select(s.duesMember, name: "person", options: members.map { ($0.personID.rawValue.uuidString, "\($0.name)（\($0.number)）") },
                                                  selected: typed?.person, error: fieldError("person"))),
                Form.select(s.duesReductionKind, name: "kind", options: DuesReduction.Kind.allCases.map { ($0.rawValue, s.label($0)) },
                            selected: typed?.kind ?? DuesReduction.Kind.exempt.rawValue),
                Form.text(s.duesReductionAmount, name: "amount", value: typed?.amount, error: fieldError("amount")),
                Form.text(s.duesFrom, name: "from", value: typed?.from, required: true, type: .month, error: fieldError("from")),
                Form.text(s.duesTo, name: "to", value: typed?.to, required: true, type: .month, error: fieldError("to")),
                Form.text(s.duesReason, name: "reason", value: typed?.reason, required: true, error: fieldError("reason")),
                .button(.type(.submit), .class("primary"), .text(s.submit)))))
    }
}
