import Domain
import Foundation
import Plot

extension PledgeShow {
    struct View {
        var model: Model
        var typed: Typed
        var context: PageContext

        func render() -> HTML {
            let s = context.strings
            return Layout.page(s.pledgeShowTitle, context, .group(
                Form.errorSummary(typed.form == "hide" ? typed.error?.message(s.locale) : nil),
                facts(),
                updates(),
                PledgeShowForms(model: model, typed: typed, context: context).ownerForms(),
                PledgeShowForms(model: model, typed: typed, context: context).appraisalForm(),
                PledgeShowForms(model: model, typed: typed, context: context).ratingForm(),
                comments(),
                .p(.a(.href(PledgeRoute.wall(PledgeQuery(organizationID: model.pledge.organizationID)).path), .text(s.back)))))
        }

        private func facts() -> Node<HTML.BodyContext> {
            let s = context.strings, p = model.pledge, summary = model.summary
            var rows: [(String, String)] = [
                (s.pledgeOwner, summary.ownerName + " · " + model.organizationName),
                (s.pledgePromise, p.promise),
                (s.pledgePeriod, s.label(p.period)),
                (s.pledgeDueDate, p.dueDate.iso),
                (s.pledgeStatusLabel, s.label(p.status)),
                (s.pledgeRate, s.pledgeRatingText(summary.ratings.averageText, summary.ratings.count)),
            ]
            if let post = summary.post { rows.insert((s.pledgeLink, s.label(post.kind) + "：" + post.title), at: 2) }
            if let duty = p.duty { rows.insert((s.pledgeLink, s.label(duty)), at: 2) }
            if let a = p.appraisal {
                rows.append((s.pledgeAppraise, s.label(a.verdict) + (a.remark.isEmpty ? "" : "：" + a.remark)
                             + " · " + LocalDateTime.display(a.at, in: model.timeZone)))
            }
            return .dl(.class("facts"), .forEach(rows) { row in .group(.dt(.text(row.0)), .dd(.class("prose"), .text(row.1))) })
        }

        private func updates() -> Node<HTML.BodyContext> {
            let s = context.strings
            guard !model.updates.isEmpty else { return .empty }
            return .section(.h2(.text(s.pledgeUpdates)), .ol(.class("timeline"), .forEach(model.updates) { u in
                .li(.p(.class("meta"), .b(.text(s.label(u.kind))), .text(" · " + LocalDateTime.display(u.createdAt, in: model.timeZone))),
                    .p(.class("prose"), .text(u.report.text)),
                    .if(!u.report.evidence.isEmpty, .ul(.class("evidence"), .forEach(u.report.evidence) { item in
                        // Links open; file names are shown as written.
                        .li(item.hasPrefix("https://") || item.hasPrefix("http://")
                            ? .a(.href(item), .attribute(named: "rel", value: "noopener noreferrer nofollow"), .text(item))
                            : .text(item))
                    })))
            }))
        }

        private func comments() -> Node<HTML.BodyContext> {
            let s = context.strings, forms = PledgeShowForms(model: model, typed: typed, context: context)
            let canHide = model.actions.contains("hide")
            return .section(.class("comments"), .h2(.text(s.pledgeComments)),
                .if(model.comments.isEmpty, .p(.text(s.pledgeNoComments))),
                .ul(.class("cards comments"), .forEach(model.comments) { c in
                    .li(.p(.class("meta"), .b(.text(c.authorName)), .text(" · " + LocalDateTime.display(c.createdAt, in: model.timeZone))),
                        .unwrap(c.hidden, { h in .p(.class("hint"), .text(s.pledgeHiddenComment(h.reason))) },
                                else: .group(.p(.class("prose"), .text(c.text)), .if(canHide, forms.hideForm(c)))))
                }),
                forms.commentForm())
        }
    }
}
