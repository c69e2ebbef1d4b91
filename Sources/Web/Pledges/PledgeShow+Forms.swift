import Domain
import Foundation
import Plot

/// The forms of a pledge's page, each shown only when the rules would accept it from this actor now; a refused
/// one comes back with what was typed and its message beside the field.
struct PledgeShowForms {
    var model: PledgeShow.Model
    var typed: PledgeShow.Typed
    var context: PageContext

    private var s: Strings { context.strings }
    private func error(_ form: String, _ field: String? = nil) -> String? {
        guard typed.form == form, let e = typed.error else { return nil }
        return field == nil || e.field == field || e.field == nil ? e.message(s.locale) : nil
    }

    func ownerForms() -> Node<HTML.BodyContext> {
        let can = Set(model.actions), id = model.pledge.id
        guard can.contains("publish") || can.contains("progress") || can.contains("edit") else { return .empty }
        let kinds = ["progress", "fulfilment"].filter(can.contains)
        return .section(.class("actions"), .h2(.text(s.actions)),
            .if(can.contains("edit"), .p(.a(.class("button"), .href(PledgeRoute.edit(id).path), .text(s.edit)))),
            .if(can.contains("publish"), .form(.method(.post), .action(PledgeRoute.events(id).path), .class("stacked action"),
                Form.csrf(context.csrfToken), .input(.type(.hidden), .name("type"), .value("publish")),
                Form.errorSummary(error("publish")),
                .button(.type(.submit), .class("primary"), .text(s.pledgePublish)))),
            .if(!kinds.isEmpty, .form(.method(.post), .action(PledgeRoute.events(id).path), .class("stacked action"),
                Form.csrf(context.csrfToken), .input(.type(.hidden), .name("type"), .value("report")),
                .input(.type(.hidden), .name("submission"), .value(UUID().uuidString)),
                Form.select(s.kind, name: "kind", options: kinds.map { ($0, $0 == "progress" ? s.pledgeReportProgress : s.pledgeReportFulfilment) },
                            selected: typed.reportKind.isEmpty ? nil : typed.reportKind, error: error("report", "kind")),
                textarea(s.pledgeReportText, name: "text", value: typed.reportText, rows: 4, required: true, error: error("report", "text")),
                textarea(s.pledgeEvidence, name: "evidenceLines", value: typed.evidence, rows: 3, required: false,
                         error: error("report", "evidence")),
                .button(.type(.submit), .class("primary"), .text(s.submit)))))
    }

    func appraisalForm() -> Node<HTML.BodyContext> {
        guard model.party.isCommittee, model.pledge.status.isPublic, model.pledge.status != .appraised else { return .empty }
        guard model.actions.contains("appraise") else {
            return model.party.isOwner ? .empty : .p(.class("hint"), .text(s.pledgeAppraisalTiming))
        }
        return .section(.class("actions"), .h2(.text(s.pledgeAppraise)),
            .form(.method(.post), .action(PledgeRoute.appraisal(model.pledge.id).path), .class("stacked action"),
                  Form.csrf(context.csrfToken), Form.errorSummary(error("appraise")),
                  Form.select(s.pledgeVerdictLabel, name: "verdict", options: PledgeVerdict.allCases.map { ($0.rawValue, s.label($0)) },
                              selected: nil),
                  textarea(s.pledgeRemark, name: "remark", value: typed.remark, rows: 3, required: false, error: nil),
                  .button(.type(.submit), .class("primary"), .text(s.pledgeAppraise))))
    }

    func ratingForm() -> Node<HTML.BodyContext> {
        guard model.actions.contains("rate") else { return .empty }
        return .section(.class("actions"), .h2(.text(s.pledgeRate)),
            .unwrap(model.myRating) { .p(.class("hint"), .text(s.pledgeYourRating($0))) },
            .form(.method(.post), .action(PledgeRoute.ratings(model.pledge.id).path), .class("stacked action"),
                  Form.csrf(context.csrfToken), Form.errorSummary(error("rate")),
                  Form.select(s.pledgeRate, name: "score", options: PledgeRating.scores.reversed().map { (String($0), s.pledgeScore($0)) },
                              selected: String(model.myRating ?? 5)),
                  .button(.type(.submit), .text(s.pledgeRateSubmit))))
    }

    func commentForm() -> Node<HTML.BodyContext> {
        guard model.actions.contains("comment") else { return .empty }
        return .form(.method(.post), .action(PledgeRoute.comments(model.pledge.id).path), .class("stacked"), .id("comment"),
                     Form.csrf(context.csrfToken), .input(.type(.hidden), .name("submission"), .value(UUID().uuidString)),
                     textarea(s.pledgeCommentLabel, name: "text", value: typed.comment, rows: 3, required: true, error: error("comment")),
                     .button(.type(.submit), .class("primary"), .text(s.pledgeCommentSubmit)))
    }

    func hideForm(_ comment: PledgeComment) -> Node<HTML.BodyContext> {
        .form(.method(.post), .action(PledgeRoute.hide(model.pledge.id, comment.id).path), .class("inline"),
              Form.csrf(context.csrfToken),
              .input(.type(.text), .name("reason"), .required(true), .placeholder(s.pledgeHideReason),
                     .attribute(named: "aria-label", value: s.pledgeHideReason)),
              .button(.type(.submit), .text(s.pledgeHide)))
    }

    private func textarea(_ label: String, name: String, value: String, rows: Int, required: Bool, error: String?) -> Node<HTML.FormContext> {
        .div(.class(error == nil ? "field" : "field invalid"),
             .label(.attribute(named: "for", value: name), .text(label)),
             .textarea(.name(name), .id(name), .attribute(named: "rows", value: String(rows)), .required(required), .text(value)),
             .unwrap(error) { .p(.class("error"), .text($0)) })
    }
}
