import Domain
import Foundation
import Persistence
import Plot
import Vapor

/// The actor's own notices (reminders of meetings owed), newest first.
enum NoticesController {
    static let endpoints = [
        Endpoint(.GET, "notices", .viewNotices, index),
        Endpoint(.POST, "notices/:noticeID/read", .viewNotices, read),
    ]

    @Sendable static func index(_ request: Request) async throws -> Response {
        let notices = try await request.stores.notices.mine(try request.actor)
        let s = request.strings, context = PageContext(request), zone = try await request.schoolTimeZone()
        let content: Node<HTML.BodyContext> = notices.isEmpty ? .p(.text(s.noNotices)) : .ul(.class("notices"),
            .forEach(notices) { notice in
                .li(.class(notice.readAt == nil ? "unread card" : "card"),
                    .p(.strong(.text((notice.readAt == nil ? "【\(s.unread)】" : "") + notice.title)),
                       .small(.text("　" + LocalDateTime.display(notice.createdAt, in: zone)))),
                    .p(.class("prewrap"), .text(notice.body)),
                    .unwrap(notice.link) { .p(.a(.href($0), .text(s.details))) },
                    .if(notice.readAt == nil, .form(.method(.post), .action(MeetingRoute.readNotice(notice.id).path), Form.csrf(context.csrfToken),
                                                    .button(.type(.submit), .text(s.markRead)))))
            })
        return try Layout.page(s.noticesTitle, context, content).response()
    }

    @Sendable static func read(_ request: Request) async throws -> Response {
        guard let id = request.parameters.get("noticeID").flatMap(UUID.init(uuidString:)) else { throw DomainError.notFound }
        try await request.stores.notices.markRead(id, context: try request.auditContext)
        return request.redirect(to: MeetingRoute.notices.path, redirectType: .normal)
    }
}
