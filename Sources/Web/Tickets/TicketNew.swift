import Domain
import Persistence
import Plot
import Vapor

/// Raising a ticket: one short form that fits a phone, categories grouped by their department.
enum TicketNew {
    static func response(_ request: Request, form: TicketForm, error: DomainError?) async throws -> Response {
        guard let school = try request.actor.schoolID else { throw DomainError.notFound }
        let stores = request.stores
        let categories = try await stores.departments.categories(of: school, activeOnly: true)
        let departments = Dictionary(uniqueKeysWithValues: try await stores.departments.departments(of: school).map { ($0.id, $0.name) })
        let view = View(form: form, categories: categories, departments: departments, error: error, context: PageContext(request))
        return try view.render().response(status: error?.status ?? .ok)
    }

    struct View {
        var form: TicketForm
        var categories: [TicketCategory]
        var departments: [Department.ID: String]
        var error: DomainError?
        var context: PageContext

        func render() -> HTML {
            let s = context.strings
            let message = error.map { $0.message(s.locale) }
            func fieldError(_ name: String) -> String? { error?.field == name ? message : nil }
            let options = categories.map { c in
                (value: c.id.rawValue.uuidString,
                 label: "\(c.name)（\(departments[c.departmentID] ?? "")，\(s.timeLimit(c.timeLimitDays))）")
            }
            return Layout.page(s.newTicket, context, .group(
                .p(.a(.href(TicketRoute.board(text: nil).path), .text(s.ticketBoardIntro))),
                Form.errorSummary(error?.field == nil ? message : nil),
                .form(.method(.post), .action("/tickets"), .enctype(.multipartData), .class("stacked"),
                      Form.csrf(context.csrfToken),
                      .input(.type(.hidden), .name("submission"), .value(form.submission)),
                      Form.select(s.ticketCategory, name: "categoryId", options: options, selected: form.categoryId,
                                  includeEmpty: "—", error: fieldError("category")),
                      Form.text(s.ticketTitleField, name: "title", value: form.title, required: true, error: fieldError("title")),
                      .div(.class(fieldError("body") == nil ? "field" : "field invalid"),
                           .label(.attribute(named: "for", value: "body"), .text(s.ticketBody)),
                           .textarea(.name("body"), .id("body"), .attribute(named: "rows", value: "6"), .required(true), .text(form.body)),
                           .unwrap(fieldError("body")) { .p(.class("error"), .text($0)) }),
                      .div(.class(fieldError("photos") == nil ? "field" : "field invalid"),
                           .label(.attribute(named: "for", value: "photos"), .text(s.ticketPhotos)),
                           .input(.type(.file), .name("photos[]"), .id("photos"), .attribute(named: "multiple", value: "multiple"),
                                  .attribute(named: "accept", value: "image/jpeg,image/png")),
                           .unwrap(fieldError("photos")) { .p(.class("error"), .text($0)) }),
                      Form.select(s.channel, name: "channel",
                                  options: [TicketChannel.web, .suggestionBox, .visit].map { ($0.rawValue, s.label($0)) },
                                  selected: form.channel, error: fieldError("channel")),
                      Form.select(s.visitPlace, name: "visitPlace", options: VisitPlace.allCases.map { ($0.rawValue, s.label($0)) },
                                  selected: form.visitPlace, includeEmpty: "—", error: fieldError("visitPlace")),
                      Form.checkbox(s.anonymous, name: "anonymous", checked: form.anonymous ?? false),
                      Form.checkbox(s.publishable, name: "publishable", checked: form.publishable ?? false),
                      .button(.type(.submit), .class("primary"), .text(s.submit)))))
        }
    }
}
