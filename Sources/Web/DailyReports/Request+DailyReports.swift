import Domain
import Persistence
import Vapor

extension Request {
    /// The daily reports, with the summaries' counters read from this process's writer.
    var dailyReports: DailyReportStore { stores.dailyReports.counting(with: application.reportWriter) }

    /// The actor's school's report context (form, settings, time zone).
    func reportContext() async throws -> ReportContext {
        guard let school = try actor.schoolID else { throw Abort(.forbidden) }
        return try await application.reportContexts.context(of: school, stores: { self.stores })
    }

    /// Queues the student's report to the writer and returns once it is committed. The Idempotency-Key (API)
    /// or the form's one-time token (page) makes a resent request answer the first report.
    func submitReport(_ typed: [String: String], key: String?) async throws -> ReportReceipt {
        let actor = try actor
        guard let person = actor.personID, let school = actor.schoolID else { throw DomainError.forbidden }
        if let key, key.isEmpty || key.count > 100 || !key.allSatisfy({ $0.isASCII && !$0.isWhitespace }) {
            throw DomainError.invalid(field: "Idempotency-Key", message: Message(
                zh: "幂等键应为 1 到 100 个可见 ASCII 字符", en: "The Idempotency-Key is 1 to 100 printable ASCII characters"))
        }
        let context = try await reportContext()
        return try await application.reportWriter.submit(ReportSubmission(
            schoolID: school, personID: person, form: context.form, typed: typed, idempotencyKey: key,
            address: clientAddress, submittedAt: now, timing: context.timing))
    }
}

extension Request {
    /// The `unit` and `date` of a report view's address: the unit (nil for the actor's whole reach) and the
    /// day (today in the school's time zone when absent). A malformed one is a 400, never a silent default.
    func reportPlace() async throws -> (unit: GridUnit.ID?, day: LocalDate) {
        var unit: GridUnit.ID?
        if let text = query[String.self, at: "unit"], !text.isEmpty {
            guard let id = UUID(uuidString: text) else { throw Abort(.badRequest, reason: "malformed unit") }
            unit = .init(id)
        }
        guard let text = query[String.self, at: "date"], !text.isEmpty else { return (unit, try await today()) }
        guard let day = LocalDate(iso: text) else { throw Abort(.badRequest, reason: "date is YYYY-MM-DD") }
        return (unit, day)
    }

    /// The actor's school, which every report view is limited to.
    func reportSchool() throws -> School.ID {
        guard let school = try actor.schoolID else { throw DomainError.forbidden }
        return school
    }
}
