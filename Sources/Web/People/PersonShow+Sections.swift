import Domain
import Plot

/// Posts held by a member (先锋岗/示范岗), with the form to add one.
enum PersonPosts {
    static func section(_ model: PersonShow.Model, _ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings, p = model.person
        guard p.politicalStatus.isPartyMember else { return .empty }
        return .group(.h2(.text(s.posts)), .div(.class("card"),
            .ul(.forEach(p.posts) { post in
                .li(.text("\(s.label(post.kind))：\(post.title)" + (post.since.map { "（\($0.iso)）" } ?? "")),
                    .if(model.mayEdit, .form(.method(.post), .action(SiteRoute.deletePost(p.id, post.id).path), .class("inline"),
                        Form.csrf(context.csrfToken), .button(.type(.submit), .class("secondary"), .text(s.remove)))))
            }),
            .if(model.mayEdit, .form(.method(.post), .action(SiteRoute.posts(p.id).path), .class("filters"),
                Form.csrf(context.csrfToken),
                Form.select(s.kind, name: "kind", options: Post.Kind.allCases.map { ($0.rawValue, s.label($0)) }, selected: nil),
                Form.text(s.postTitle, name: "title", value: nil, required: true),
                Form.text(s.since, name: "since", value: nil, type: .date),
                .button(.type(.submit), .text(s.addPost))))))
    }
}

/// The member's transfer history (组织关系转接) and the form to transfer.
enum PersonTransfers {
    static func section(_ model: PersonShow.Model, _ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        guard !model.transfers.isEmpty || model.mayTransfer else { return .empty }
        return .group(.h2(.text(s.transfers)),
            .if(!model.transfers.isEmpty, .div(.class("table-wrap"), .table(.class("transfers"),
                .thead(.tr(.th(.text(s.transferDate)), .th(.text(s.from)), .th(.text(s.transferTo)), .th(.text(s.transferReason)))),
                .tbody(.forEach(model.transfers) { t in
                    .tr(.td(.text(t.date.iso)),
                        .td(.text(t.fromOrganizationID.flatMap { model.organizationNames[$0] } ?? "—")),
                        .td(.text(model.organizationNames[t.toOrganizationID] ?? "—")),
                        .td(.text(t.reason)))
                })))),
            .if(model.mayTransfer && !model.destinations.isEmpty, transferForm(model, context)))
    }

    private static func transferForm(_ model: PersonShow.Model, _ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        return .div(.class("card"), .h2(.text(s.transferTitle)),
            .form(.method(.post), .action(SiteRoute.transfer(model.person.id).path),
                Form.csrf(context.csrfToken),
                Form.select(s.transferTo, name: "organizationID",
                            options: model.destinations.map { ($0.id.rawValue.uuidString, $0.name) }, selected: nil),
                Form.text(s.transferDate, name: "date", value: nil, required: true, type: .date),
                Form.text(s.transferReason, name: "reason", value: nil),
                .button(.type(.submit), .text(s.transferButton))))
    }
}
