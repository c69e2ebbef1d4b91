import Domain
import Plot
import Vapor

/// The upload form of a roster. A refused file shows the form again with the reason.
enum ImportNew {
    struct Model {
        var kind: RosterKind
        var error: String?
    }

    static func response(_ request: Request, _ model: Model, status: HTTPResponseStatus = .ok) throws -> Response {
        try View(model: model, context: PageContext(request)).render().response(status: status)
    }

    struct View {
        var model: Model
        var context: PageContext

        /// POST /imports has no SiteRoute case yet; the form names it here, as the people forms do.
        static let action = "/imports"

        func render() -> HTML {
            let s = context.strings
            return Layout.page(s.importTitle, context, .div(.class("card"),
                .form(.method(.post), .action(Self.action), .enctype(.multipartData),
                    Form.csrf(context.csrfToken),
                    Form.errorSummary(model.error),
                    .div(.class("field"),
                         .label(.attribute(named: "for", value: "file"), .text(s.importFile)),
                         .input(.type(.file), .name("file"), .id("file"), .required(true),
                                .attribute(named: "accept", value: Self.accepted))),
                    Form.select(s.rosterKind, name: "kind", options: RosterKind.allCases.map { ($0.rawValue, s.label($0)) },
                                selected: model.kind.rawValue),
                    .ul(.class("hint"), .forEach(s.importFormats) { .li(.text($0)) }),
                    .button(.type(.submit), .text(s.importButton)))))
        }

        private static let accepted = ".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
    }
}
