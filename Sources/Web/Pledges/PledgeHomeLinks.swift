import Domain
import Plot

/// The home page's way to the pledge wall and, for members, to their own pledges.
enum PledgeHomeLinks {
    static func render(context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        return .if(context.may(.viewPledges), .p(
            .a(.class("button"), .href(PledgeRoute.wall(PledgeQuery()).path), .text(s.pledgesTitle)), .text(" "),
            .if(context.may(.makePledges), .a(.class("button"), .href(PledgeRoute.mine.path), .text(s.myPledgesTitle))), .text(" "),
            .a(.class("button"), .href(PledgeRoute.posts(organization: nil).path), .text(s.postsTitle))))
    }
}
