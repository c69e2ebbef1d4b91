import Domain
import Foundation
import Persistence
import Vapor

/// 今日上报: the student's page. Everything it shows is read here, so the view only draws.
enum ReportToday {
    /// Where the answers filled into the form come from.
    enum Prefill: Sendable { case today, earlier, typed, none }

    struct Model: Sendable {
        var today: LocalDate
        var now: Date
        var timeZone: TimeZone
        var settings: ReportSettings
        var form: ReportForm
        var consent: HealthConsent?
        /// Today's report, if any: the status line.
        var todays: DailyReport?
        /// The last 7 days, newest first.
        var recent: [DailyReport]
        var input: ReportTodayInput
        var prefill: Prefill
        var error: DomainError?
        /// Just back from a successful submission or a consent change: the message to confirm it.
        var notice: String?

        var questions: [ReportQuestion] { form.asked(healthConsent: consent?.isActive == true) }
        var isPastCutoff: Bool { now > ReportTiming(timeZone: timeZone, settings: settings).cutoff(of: today) }
        var cutoffText: String { ReportSettings.clockText(settings.cutoffMinute) }
    }

    /// `input` is what the student typed when a submission is shown again with its error; nil fills the form
    /// with today's answers, or else the last report's, so that an unchanged day is one tap.
    static func load(_ request: Request, input: ReportTodayInput?, error: DomainError?, notice: String?) async throws -> Model {
        let actor = try request.actor, stores = request.stores
        guard let person = actor.personID else { throw DomainError.forbidden }
        let context = try await request.reportContext()
        let today = context.timing.day(of: request.now)
        let consent = try await stores.healthConsents.current(of: person)
        let reports = try await stores.dailyReports.reports(of: person, scope: actor.scope, limit: 7)
            .filter { $0.day > today.adding(days: -7) && $0.day <= today }
        let todays = reports.first { $0.day == today }
        var model = Model(today: today, now: request.now, timeZone: context.timeZone, settings: context.settings,
                          form: context.form, consent: consent, todays: todays, recent: reports,
                          input: input ?? ReportTodayInput(), prefill: input == nil ? .none : .typed, error: error, notice: notice)
        if input == nil, let source = todays ?? reports.first(where: { $0.day < today }) {
            let asked = Set(model.questions.map(\.id))
            model.input.typed = source.answers.values.filter { asked.contains($0.key) }
            model.prefill = source.day == today ? .today : .earlier
        }
        return model
    }

    static func response(_ request: Request, input: ReportTodayInput? = nil, error: DomainError? = nil,
                         notice: String? = nil) async throws -> Response {
        let model = try await load(request, input: input, error: error, notice: notice)
        return try View(model: model, context: PageContext(request)).render().response(status: error?.status ?? .ok)
    }
}

/// Times of day in the school's zone, as the report pages show them ("08:12").
enum ReportClock {
    static func time(_ date: Date, in timeZone: TimeZone) -> String {
        String(LocalDateTime.display(date, in: timeZone).suffix(5))
    }
}
