import Domain
import Persistence
import Plot
import Vapor

/// The system admin's form for a new account. A refused save shows the form again with what was typed
/// (never the password) and why.
enum AccountNew {
    /// The fields as posted; all optional so that a missing one is a field error, not a bad request.
    struct CreateRequest: Content {
        var login: String?
        var displayName: String?
        var password: String?
        var personNumber: String?
    }

    struct Model {
        var form: CreateRequest
        var error: DomainError?
    }

    static func response(_ request: Request, form: CreateRequest, error: DomainError?) throws -> Response {
        let status: HTTPResponseStatus = error.map { $0.status == .conflict ? .conflict : .unprocessableEntity } ?? .ok
        return try View(model: Model(form: form, error: error), context: PageContext(request)).render().response(status: status)
    }

    struct View {
        var model: Model
        var context: PageContext

        func render() -> HTML {
            let s = context.strings, f = model.form
            return Layout.page(s.newAccount, context, .div(.class("card"),
                .form(.method(.post), .action(SiteRoute.accounts().path),
                    Form.csrf(context.csrfToken),
                    Form.errorSummary(model.error.map { $0.message(s.locale) }),
                    Form.text(s.account, name: "login", value: f.login, required: true, error: error("login")),
                    Form.text(s.accountDisplayName, name: "displayName", value: f.displayName, required: true,
                              error: error("displayName")),
                    Form.text(s.initialPassword, name: "password", value: nil, required: true, type: .password,
                              error: error("password")),
                    Form.text(s.personNumberOptional, name: "personNumber", value: f.personNumber, error: error("personNumber")),
                    .p(.class("notice"), .text(s.firstLoginNote)),
                    .button(.type(.submit), .text(s.createAccountButton))),
                .p(.a(.href(SiteRoute.accounts().path), .text(s.back)))))
        }

        private func error(_ field: String) -> String? {
            guard let error = model.error, error.field == field else { return nil }
            return error.message(context.strings.locale)
        }
    }
}
