import Domain
import Foundation
import Persistence
import Vapor

/// The form editor page (/settings/reports): the current version's questions with their actions, the form that
/// adds one, the report times and the version history. Every question form carries the version it was shown
/// with, so a save on top of someone else's is refused rather than undoing it.
enum ReportFormEditor {
    /// Which of the page's forms a refusal belongs to, so that only that form shows the error and what was typed.
    enum FormID: Equatable, Sendable {
        case newQuestion
        case question(String)
        /// A move or a retirement: shown above the questions.
        case action
        case settings
    }

    struct Version: Sendable { var number: Int; var by: String; var at: String }

    struct Model {
        var form: ReportForm
        var versions: [Version]
        var settings: ReportSettings
        var failed: FormID?
        var typed: [String: String]
        var error: DomainError?

        /// What a field shows: what was typed into that form after a refusal, else the stored value.
        func value(_ form: FormID, _ field: String, _ stored: [String: String]) -> String {
            failed == form ? typed[field] ?? "" : stored[field] ?? ""
        }

        func checked(_ form: FormID, _ field: String, _ stored: [String: String]) -> Bool {
            value(form, field, stored) == "true"
        }

        /// The refusal's message on the field it concerns.
        func error(_ form: FormID, _ field: String, _ locale: Message.Locale) -> String? {
            guard failed == form, let error, error.field == field else { return nil }
            return error.message(locale)
        }

        /// The refusal of a form whose field has no input of its own (the form as a whole, a conflict).
        func formError(_ form: FormID, fields: Set<String>, _ locale: Message.Locale) -> String? {
            guard failed == form, let error, !fields.contains(error.field ?? "") else { return nil }
            return error.message(locale)
        }

        var settingsFields: [String: String] {
            ["cutoff": ReportSettings.clockText(settings.cutoffMinute), "reminder": ReportSettings.clockText(settings.reminderMinute),
             "remindersEnabled": settings.remindersEnabled ? "true" : ""]
        }
    }

    static let questionFields: Set<String> = ["id", "labelZh", "labelEn", "kind", "options", "minimum", "maximum",
                                              "abnormal", "abnormalOptions", "abnormalValue"]
    static let settingsFields: Set<String> = ["cutoff", "reminder"]

    static func response(_ request: Request, school: School.ID, failed: FormID? = nil, typed: [String: String] = [:],
                         error: DomainError? = nil) async throws -> Response {
        let forms = request.stores.reportForms
        let zone = try await request.schoolTimeZone()
        let versions = try await forms.versions(of: school).map {
            Version(number: $0.version, by: $0.createdBy, at: LocalDateTime.display($0.createdAt, in: zone))
        }
        let model = Model(form: try await forms.current(of: school), versions: versions, settings: try await forms.settings(of: school),
                          failed: failed, typed: typed, error: error)
        return try View(model: model, context: PageContext(request)).render().response(status: error?.status ?? .ok)
    }
}
