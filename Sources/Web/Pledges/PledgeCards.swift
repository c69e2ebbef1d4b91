import Domain
import Plot

/// Pledges as cards (phones first), shared by the wall and "my pledges".
enum PledgeCards {
    static func list(_ items: [PledgeSummary], context: PageContext, showOwner: Bool) -> Node<HTML.BodyContext> {
        let s = context.strings
        return .ul(.class("cards pledges"), .forEach(items) { item in
            let p = item.pledge
            let owner = showOwner ? item.ownerName + (item.post.map { " · " + s.label($0.kind) + "：" + $0.title } ?? "") : ""
            return .li(.class("pledge \(p.status.rawValue)"),
                .if(showOwner, .p(.class("owner"), .b(.text(owner)))),
                .a(.href(PledgeRoute.pledge(p.id).path), .text(p.promise)),
                .p(.class("meta"),
                   .span(.class("status"), .text(s.label(p.status) + (p.appraisal.map { "（\(s.label($0.verdict))）" } ?? ""))),
                   .text(" · \(s.label(p.period)) · \(s.pledgeDueDate) \(p.dueDate.iso)"),
                   .text(" · " + s.pledgeUpdateCount(item.updateCount)),
                   .text(" · " + s.pledgeRatingText(item.ratings.averageText, item.ratings.count)),
                   .text(" · " + s.pledgeCommentCount(item.commentCount))))
        })
    }
}
