import Domain
import Plot

/// The home page's ways to dues: a member's own page; for the branch and above, the sheet, the arrears and the ledger.
enum DuesHomeLinks {
    static func render(context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        return .if(context.may(.viewDues) || context.may(.manageDuesLedger), .p(
            .if(context.may(.viewDues) && context.actor?.personID != nil,
                .a(.class("button"), .href(DuesRoute.mine(year: nil).path), .text(s.myDuesTitle))), .text(" "),
            .if(context.may(.manageDues), .group(
                .a(.class("button"), .href(DuesRoute.sheet(org: nil, year: nil).path), .text(s.duesTitle)), .text(" "),
                .a(.class("button"), .href(DuesRoute.arrears(org: nil).path), .text(s.duesArrearsTitle)), .text(" "))),
            .if(context.may(.manageDuesLedger), .a(.class("button"), .href(DuesRoute.ledger(org: nil, year: nil).path), .text(s.duesLedgerTitle)))))
    }
}
