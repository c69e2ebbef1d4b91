import Domain
import Persistence
import Plot
import Vapor

/// The public board: resolved questions, anonymised, searchable — so that the same question is not asked twice.
enum TicketBoardPage {
    @Sendable static func response(_ request: Request) async throws -> Response {
        let actor = try request.actor
        guard let school = actor.schoolID else { throw DomainError.notFound }
        let text = request.query[String.self, at: "q"]
        let number = max(1, request.query[Int.self, at: "page"] ?? 1)
        let page = try await request.stores.tickets.board(school: school, text: text, categoryID: try request.optionalID("category"),
                                                          page: ListRequest(number: number, size: 20))
        let categories = try await request.stores.departments.categories(of: school)
        let departments = try await request.stores.departments.departments(of: school)
        let view = View(text: text, page: page, categories: Dictionary(uniqueKeysWithValues: categories.map { ($0.id, $0.name) }),
                        departments: Dictionary(uniqueKeysWithValues: departments.map { ($0.id, $0.name) }),
                        timeZone: try await request.schoolTimeZone(), context: PageContext(request))
        return try view.render().response()
    }

    struct View {
        var text: String?
        var page: ListPage<Ticket>
        var categories: [TicketCategory.ID: String]
        var departments: [Department.ID: String]
        var timeZone: TimeZone
        var context: PageContext

        func render() -> HTML {
            let s = context.strings
            return Layout.page(s.ticketBoardTitle, context, .group(
                .p(.text(s.ticketBoardIntro)),
                .form(.method(.get), .action("/tickets/board"), .class("filters"),
                      Form.text(s.search, name: "q", value: text), .button(.type(.submit), .text(s.search))),
                .p(.text(s.pageOf(page.number, page.pageCount, page.total))),
                page.items.isEmpty ? .p(.text(s.noTickets)) : .ul(.class("cards board"), .forEach(page.items) { t in
                    .li(.class("card"),
                        .h3(.text(t.title)),
                        .p(.class("meta"), .text([categories[t.categoryID], departments[t.departmentID],
                                                  t.answeredAt.map { LocalDateTime.display($0, in: timeZone) }]
                                                    .compactMap { $0 }.joined(separator: " · ")
                                                 + (t.answeredOnSpot ? " · " + s.answeredOnSpot : ""))),
                        .p(.class("prose"), .text(t.body)),
                        .unwrap(t.answer) { .p(.class("prose answer"), .strong(.text(s.answer + "：")), .text($0)) })
                }),
                .if(page.number < page.pageCount,
                    .a(.href("/tickets/board?page=\(page.number + 1)" + (text.map { "&q=" + SiteRoute.escape($0) } ?? "")), .text(s.next)))))
        }
    }
}
