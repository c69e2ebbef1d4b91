import Domain
import Foundation
import Persistence
import Plot
import Vapor

/// A student's recent reports (30 days) for the staff whose scope holds them; anyone else gets 404, as if there
/// were no such student. Answers are worded with the current form, which keeps every question ever asked.
enum ReportPersonPage {
    struct Model: Sendable {
        var person: Person
        var reports: [DailyReport]
        var form: ReportForm
        var timeZone: TimeZone
    }

    @Sendable static func response(_ request: Request) async throws -> Response {
        let actor = try request.actor, stores = request.stores
        guard let school = actor.schoolID else { throw DomainError.notFound }
        let person = try await stores.people.find(try request.id("personId"), scope: actor.scope)
        guard person.kind == .student else { throw DomainError.notFound }
        let model = Model(person: person, reports: try await stores.dailyReports.reports(of: person.id, scope: actor.scope, limit: 30),
                          form: try await stores.reportForms.current(of: school), timeZone: try await request.schoolTimeZone())
        return try View(model: model, context: PageContext(request)).render().response()
    }

    struct View {
        var model: Model
        var context: PageContext

        func render() -> HTML {
            let s = context.strings, p = model.person
            return Layout.page("\(s.reportPersonTitle) · \(p.name)", context, .group(
                .p(.class("meta"), .text("\(p.name) · \(p.number)")),
                ReportCards.list(model.reports, form: model.form, timeZone: model.timeZone, strings: s, empty: s.reportNoReports)))
        }
    }
}
