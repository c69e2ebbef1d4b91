import Domain
import Foundation
import Persistence
import Vapor

/// The report form editor and the report times (/settings/reports). Each question action saves the next version
/// on top of the version the page showed (`basedOn`); the store refuses it when someone saved meanwhile. Only the
/// school-wide organisation department edits: an organisation admin whose scope stops at a college finds nothing
/// here (404, as for any record out of scope), before any form is read.
enum ReportFormController {
    static var endpoints: [Endpoint] {
        [
            Endpoint(.GET, ReportFormRoute.Pattern.editor, .configureReportForm, show),
            Endpoint(.POST, ReportFormRoute.Pattern.addQuestion, .configureReportForm, add),
            Endpoint(.POST, ReportFormRoute.Pattern.question, .configureReportForm, edit),
            Endpoint(.POST, ReportFormRoute.Pattern.move, .configureReportForm, move),
            Endpoint(.POST, ReportFormRoute.Pattern.retire, .configureReportForm, retire),
            Endpoint(.POST, ReportFormRoute.Pattern.settings, .configureReportForm, saveSettings),
        ] + ReportRemindersController.endpoints + API.ReportFormsController.endpoints
    }

    @Sendable static func show(_ request: Request) async throws -> Response {
        try await ReportFormEditor.response(request, school: try school(of: request))
    }

    @Sendable static func add(_ request: Request) async throws -> Response {
        try await revising(request, form: .newQuestion) { questions, fields in
            questions + [try ReportQuestionForm.new(fields)]
        }
    }

    @Sendable static func edit(_ request: Request) async throws -> Response {
        let id = try request.parameters.require("question")
        return try await revising(request, form: .question(id)) { questions, fields in
            try questions.map { $0.id == id ? try ReportQuestionForm.edited($0, fields) : $0 }
        }
    }

    @Sendable static func move(_ request: Request) async throws -> Response {
        let id = try request.parameters.require("question")
        return try await revising(request, form: .action) { questions, fields in
            ReportForm.moving(questions, id, by: fields["direction"] == "up" ? -1 : 1)
        }
    }

    /// Retires a question (kept for older reports, no longer asked), or restores it with `retired=false`.
    @Sendable static func retire(_ request: Request) async throws -> Response {
        let id = try request.parameters.require("question")
        return try await revising(request, form: .action) { questions, fields in
            questions.map { q in var q = q; if q.id == id { q.isRetired = fields["retired"] != "false" }; return q }
        }
    }

    @Sendable static func saveSettings(_ request: Request) async throws -> Response {
        let school = try school(of: request)
        let fields = try request.content.decode([String: String].self)
        do {
            let settings = try ReportSettingsForm.settings(fields)
            try await request.stores.reportForms.save(settings, for: school, context: try request.auditContext)
            request.application.reportContexts.forget(school)
            return request.redirect(to: ReportFormRoute.editor.path, redirectType: .normal)
        } catch let error as DomainError where error.status == .unprocessableEntity {
            return try await ReportFormEditor.response(request, school: school, failed: .settings, typed: fields, error: error)
        }
    }

    /// Saves the questions `change` makes of the current ones as the next version, on top of `basedOn`. Back to the
    /// page on success (and this server forgets its cached form); the page again with the refusal on the form it
    /// concerns, and what was typed, when the questions do not hold together or someone saved meanwhile.
    private static func revising(_ request: Request, form: ReportFormEditor.FormID,
                                 _ change: @Sendable ([ReportQuestion], [String: String]) throws -> [ReportQuestion]) async throws -> Response {
        let school = try school(of: request)
        let fields = try request.content.decode([String: String].self)
        guard let basedOn = Int(fields["basedOn"] ?? "") else { throw Abort(.badRequest, reason: "basedOn is the version the page showed") }
        let forms = request.stores.reportForms
        let current = try await forms.current(of: school)
        if case .question(let id) = form, current.question(id) == nil { throw DomainError.notFound }
        do {
            let questions = try change(current.questions, fields)
            // A move at either end changes nothing: no version is made of it.
            if questions != current.questions || basedOn != current.version {
                try await forms.revise(school, questions: questions, basedOn: basedOn, context: try request.auditContext)
                request.application.reportContexts.forget(school)
            }
            return request.redirect(to: ReportFormRoute.editor.path, redirectType: .normal)
        } catch let error as DomainError where error.status == .unprocessableEntity || error.status == .conflict {
            return try await ReportFormEditor.response(request, school: school, failed: form, typed: fields, error: error)
        }
    }

    /// The actor's school, if they may edit its form: the permission and a scope over the whole school.
    static func school(of request: Request) throws -> School.ID {
        let actor = try request.actor
        guard let school = actor.schoolID, actor.may(.configureReportForm), actor.scope.isEverything,
              actor.scope.includes(school: school) else { throw DomainError.notFound }
        return school
    }
}
