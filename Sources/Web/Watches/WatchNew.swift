import Domain
import Foundation
import Persistence
import Plot
import Vapor

/// Putting a student on watch by hand: find a student of one's scope by name or number, then give the reason.
enum WatchNew {
    struct Model {
        var form: WatchOpenForm
        /// The chosen student and their class, if any.
        var student: (person: Person, className: String?)?
        /// The chosen student's open watch: a second one is not opened.
        var openWatch: Watch?
        var text: String?
        var found: [Person]
    }

    static func response(_ request: Request, form: WatchOpenForm, error: DomainError?) async throws -> Response {
        let actor = try request.actor, stores = request.stores
        var model = Model(form: form, student: nil, openWatch: nil, text: request.query[String.self, at: "q"], found: [])
        if let id = form.personID, let person = try? await stores.people.find(id, scope: actor.scope), person.kind == .student {
            let classes = try await stores.grid.names(of: Set([person.classID].compactMap { $0 }))
            model.student = (person, person.classID.flatMap { classes[$0] })
            model.openWatch = try await stores.watches.openWatch(of: id, scope: actor.scope)
        } else if let text = model.text?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            model.found = try await stores.people.list(PeopleStore.Filter(query: text, kind: .student),
                                                       page: ListRequest(number: 1, size: 20), scope: actor.scope).items
        }
        return try View(model: model, error: error, context: PageContext(request)).render().response(status: error?.status ?? .ok)
    }

    struct View {
        var model: Model
        var error: DomainError?
        var context: PageContext

        func render() -> HTML {
            let s = context.strings
            let message = error.map { $0.message(s.locale) }
            return Layout.page(s.putOnWatch, context, .group(
                Form.errorSummary(error?.field == "reason" ? nil : message),
                model.student == nil ? search() : chosen(),
                .p(.a(.href(WatchRoute.index(WatchQuery()).path), .text(s.backToWatches)))))
        }

        private func search() -> Node<HTML.BodyContext> {
            let s = context.strings
            return .group(
                .form(.method(.get), .action(WatchRoute.new(person: nil, text: nil).path), .class("filters"),
                      Form.text(s.watchFindStudent, name: "q", value: model.text, required: true),
                      .button(.type(.submit), .text(s.search))),
                .if(model.text?.isEmpty == false && model.found.isEmpty, .p(.text(s.watchNoStudentsFound))),
                .ul(.class("cards"), .forEach(model.found) { p in
                    .li(.class("card"), .a(.href(WatchRoute.new(person: p.id, text: nil).path), .text("\(p.name)（\(p.number)）")))
                }))
        }

        private func chosen() -> Node<HTML.BodyContext> {
            let s = context.strings
            guard let student = model.student else { return .empty }
            let reasonError = error?.field == "reason" ? error?.message(s.locale) : nil
            return .group(
                .dl(.class("facts"),
                    .dt(.text(s.watchStudent)), .dd(.text("\(student.person.name)（\(student.person.number)）")),
                    .dt(.text(s.watchClass)), .dd(.text(student.className ?? "—"))),
                .unwrap(model.openWatch) { watch in
                    .p(.class("notice"), .a(.href(WatchRoute.watch(watch.id).path), .text(s.watchAlreadyOpen)))
                },
                .if(model.openWatch == nil,
                    .form(.method(.post), .action(WatchRoute.create.path), .class("stacked"),
                          Form.csrf(context.csrfToken),
                          .input(.type(.hidden), .name("person"), .value(student.person.id.rawValue.uuidString)),
                          .input(.type(.hidden), .name("submission"), .value(model.form.submission ?? UUID().uuidString)),
                          .div(.class(reasonError == nil ? "field" : "field invalid"),
                               .label(.attribute(named: "for", value: "reason"), .text(s.watchReason)),
                               .textarea(.name("reason"), .id("reason"), .attribute(named: "rows", value: "3"), .required(true),
                                         .attribute(named: "placeholder", value: s.watchReasonHint), .text(model.form.reason ?? "")),
                               .unwrap(reasonError) { .p(.class("error"), .text($0)) }),
                          .button(.type(.submit), .class("primary"), .text(s.putOnWatch)))))
        }
    }
}
