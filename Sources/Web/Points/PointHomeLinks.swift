import Domain
import Plot

/// The home page's points links: my points for members, the approvals for secretaries.
enum PointHomeLinks {
    static func render(context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        return .if(context.may(.viewPoints) && context.actor?.personID != nil || context.may(.approvePoints),
            .p(.class("points-links"),
               .if(context.may(.viewPoints) && context.actor?.personID != nil,
                   .a(.class("button"), .href(PointRoute.mine(period: nil).path), .text(s.pointsMineTitle))),
               .text(" "),
               .if(context.may(.approvePoints), .a(.class("button"), .href(PointRoute.pending.path), .text(s.pointsPendingTitle)))))
    }
}
