import Domain
import Persistence
import Plot

/// Reduction applications as cards, each with the step the actor may take next: the branch's discussion, then the
/// committee's decision. A reader sees the record of each step.
struct DuesReductionList {
    var reductions: [DuesReduction]
    var names: [Person.ID: String]
    var context: PageContext

    func render() -> Node<HTML.BodyContext> {
        let s = context.strings
        guard !reductions.isEmpty else { return .p(.text(s.duesNoReductions)) }
        return .ul(.class("cards dues-reductions"), .forEach(reductions) { r in
            let what = r.kind == .exempt ? s.label(r.kind) : "\(s.label(r.kind)) \(Fen.format(r.amount ?? 0)) 元/月"
            return .li(.class("card reduction \(r.status.rawValue)"),
                .p(.strong(.text((names[r.personID].map { $0 + " · " } ?? "") + "\(what) · \(r.from.iso)至\(r.to.iso)")),
                   .span(.class("badge"), .text(s.label(r.status)))),
                .p(.class("meta"), .text("\(s.duesReason)：\(r.reason)")),
                .unwrap(r.discussedOn) { day in .p(.class("meta"), .text("\(s.duesDiscussedOn)：\(day.iso) \(r.discussionNote ?? "")（\(r.discussedBy ?? "")）")) },
                .unwrap(r.approvedBy) { who in .p(.class("meta"), .text("\(s.label(r.status))：\(who) \(r.approvalReference ?? "")")) },
                .if(r.status == .applied && context.may(.manageDues),
                    .form(.method(.post), .action(DuesRoute.discussion(r.id).path), .class("stacked action"), Form.csrf(context.csrfToken),
                          Form.text(s.duesDiscussedOn, name: "day", value: nil, required: true, type: .date),
                          Form.text(s.duesNote, name: "note", value: nil), .button(.type(.submit), .text(s.duesDiscuss)))),
                .if(r.status == .discussed && context.may(.approveDuesReductions),
                    .form(.method(.post), .action(DuesRoute.decision(r.id).path), .class("stacked action"), Form.csrf(context.csrfToken),
                          Form.text(s.duesReference, name: "reference", value: nil),
                          .button(.type(.submit), .name("decision"), .value("approve"), .text(s.duesApprove)),
                          .button(.type(.submit), .name("decision"), .value("refuse"), .text(s.duesRefuse)))))
        })
    }
}
