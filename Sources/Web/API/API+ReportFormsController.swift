import Domain
import Foundation
import Persistence
import Vapor

extension API {
    /// The report form and the report times under `/api/v1`. The current form is read by students (to render
    /// their report) and by the grid's staff (to read the lists): one route cannot name two permissions, so it
    /// takes `viewHome` and the handler admits whoever may submit, view or configure reports; anyone else finds
    /// no form (404, as for anything outside their reach).
    enum ReportFormsController {
        static let endpoints = [
            Endpoint(.GET, "api/v1/report-forms/current", .viewHome, current),
            Endpoint(.PUT, "api/v1/report-forms/current", .configureReportForm, revise),
            Endpoint(.GET, "api/v1/report-settings", .configureReportForm, settings),
            Endpoint(.PUT, "api/v1/report-settings", .configureReportForm, saveSettings),
        ]

        @Sendable static func current(_ request: Request) async throws -> Response {
            let actor = try request.actor
            guard let school = actor.schoolID,
                  [.submitDailyReports, .viewDailyReports, .configureReportForm].contains(where: actor.may) else { throw DomainError.notFound }
            return try await ReportFormDTO(try await request.stores.reportForms.current(of: school)).json(request)
        }

        /// The next version, whole; 409 when `basedOn` is no longer the current version.
        @Sendable static func revise(_ request: Request) async throws -> Response {
            let school = try ReportFormController.school(of: request)
            let body = try request.content.decode(ReportFormRevision.self)
            let form = try await request.stores.reportForms.revise(school, questions: try body.questions.map { try $0.question() },
                                                                   basedOn: body.basedOn, context: try request.auditContext)
            request.application.reportContexts.forget(school)
            return try await ReportFormDTO(form).json(request)
        }

        @Sendable static func settings(_ request: Request) async throws -> Response {
            let school = try ReportFormController.school(of: request)
            return try await ReportSettingsDTO(try await request.stores.reportForms.settings(of: school)).json(request)
        }

        @Sendable static func saveSettings(_ request: Request) async throws -> Response {
            let school = try ReportFormController.school(of: request)
            let settings = try request.content.decode(ReportSettingsDTO.self).settings()
            try await request.stores.reportForms.save(settings, for: school, context: try request.auditContext)
            request.application.reportContexts.forget(school)
            return try await ReportSettingsDTO(settings).json(request)
        }
    }
}
