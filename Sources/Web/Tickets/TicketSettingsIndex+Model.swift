import Domain
import Persistence
import Vapor

/// The settings page: departments, categories and rules of a school, each row its own form.
enum TicketSettingsIndex {
    /// Which of the page's forms a refusal belongs to, so that only that form shows the error and what was typed.
    enum FormID: Equatable, Sendable {
        case rules
        /// nil: the form that adds one.
        case department(Department.ID?)
        case category(TicketCategory.ID?)
    }

    struct Model {
        var departments: [Department]
        var categories: [TicketCategory]
        var settings: TicketSettings
        var failed: FormID?
        var typed: [String: String]
        var error: DomainError?

        /// What a form's field shows: what was typed into that form after a refusal, else the stored value.
        func value(_ form: FormID, _ field: String, _ stored: String) -> String {
            failed == form ? typed[field] ?? "" : stored
        }

        /// A checkbox: as posted after a refusal (absent means unchecked), else the stored state.
        func checked(_ form: FormID, _ stored: Bool) -> Bool {
            failed == form ? typed["active"] == "true" : stored
        }

        /// The refusal's message, on the form and field it concerns (nil field: the whole form).
        func error(_ form: FormID, _ field: String?, _ locale: Message.Locale) -> String? {
            guard failed == form, let error, error.field == field else { return nil }
            return error.message(locale)
        }

        /// The refusal of a form whose field has no input of its own here, shown above that form.
        func formError(_ form: FormID, fields: Set<String>, _ locale: Message.Locale) -> String? {
            guard failed == form, let error, !fields.contains(error.field ?? "") else { return nil }
            return error.message(locale)
        }

        var departmentNames: [Department.ID: String] {
            Dictionary(uniqueKeysWithValues: departments.map { ($0.id, $0.name) })
        }
    }

    static func response(_ request: Request, school: School.ID, failed: FormID? = nil, typed: [String: String] = [:],
                         error: DomainError? = nil) async throws -> Response {
        let stores = request.stores
        let model = Model(departments: try await stores.departments.departments(of: school),
                          categories: try await stores.departments.categories(of: school),
                          settings: try await stores.calendar.settings(of: school),
                          failed: failed, typed: typed, error: error)
        return try View(model: model, context: PageContext(request)).render()
            .response(status: error == nil ? .ok : .unprocessableEntity)
    }
}
