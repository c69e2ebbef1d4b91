import Domain
import Persistence
import Plot
import Vapor

/// Recording payments from the branch's pages: one member's months, or a month for the whole branch at once.
enum DuesPaymentsController {
    static let endpoints = [
        Endpoint(.GET, "dues/payments/new", .manageDues, new),
        Endpoint(.POST, "dues/payments", .manageDues, create),
        Endpoint(.GET, "dues/batch", .manageDues, batch),
        Endpoint(.POST, "dues/batch", .manageDues, createBatch),
    ]

    @Sendable static func new(_ request: Request) async throws -> Response {
        guard let organization = try await request.duesOrganization() else { throw DomainError.notFound }
        var form = DuesPaymentForm()
        form.person = request.query[String.self, at: "person"] ?? ""
        return try await page(request, organization, form: form, error: nil)
    }

    @Sendable static func create(_ request: Request) async throws -> Response {
        let form = try request.content.decode(DuesPaymentForm.self)
        let actor = try request.actor
        let organization = try await request.stores.dues.organization(UUID(uuidString: form.org).map { .init($0) }, scope: actor.scope)
        do {
            let input = try form.input(zone: try await request.schoolTimeZone())
            let recording = try await request.stores.dues.record(input, key: form.submission, context: try request.auditContext)
            let year = recording.payments.first?.month.year
            return request.redirect(to: DuesRoute.sheet(org: organization?.id, year: year).path, redirectType: .normal)
        } catch let error as DomainError where error.status == .unprocessableEntity || error.status == .conflict {
            guard let organization else { throw error }
            return try await page(request, organization, form: form, error: error)
        }
    }

    /// Without a month: the form. With one: the confirmation (count and sum) before anything is stored.
    @Sendable static func batch(_ request: Request) async throws -> Response {
        let actor = try request.actor, dues = request.stores.dues
        guard let organization = try await request.duesOrganization() else { throw DomainError.notFound }
        let current = try await dues.currentMonth(of: organization.schoolID, now: request.now)
        guard let text = request.query[String.self, at: "month"], !text.isEmpty else {
            let members = organization.kind == .branch ? [] : [DuesMember]()
            let step: DuesBatchPage.Step = .choose(error: organization.kind == .branch ? nil : DomainError.invalid(
                field: "org", message: Message(zh: "请选择一个党支部", en: "Choose a party branch")))
            return try DuesBatchPage(organization: organization, members: members, current: current, step: step,
                                     context: PageContext(request)).render().response()
        }
        do {
            let month = try Request.yearMonth(text, field: "month")
            let method = try DuesPaymentForm.method(request.query[String.self, at: "method"] ?? "")
            let (plan, members) = try await dues.previewMonth(of: organization.id, month: month, scope: actor.scope, now: request.now)
            return try DuesBatchPage(organization: organization, members: members, current: current, step: .confirm(plan, method: method),
                                     context: PageContext(request)).render().response()
        } catch let error as DomainError where error.status == .unprocessableEntity {
            return try DuesBatchPage(organization: organization, members: [], current: current, step: .choose(error: error),
                                     context: PageContext(request)).render().response(status: error.status)
        }
    }

    @Sendable static func createBatch(_ request: Request) async throws -> Response {
        let form = try request.content.decode(DuesPaymentForm.self)
        let actor = try request.actor, dues = request.stores.dues
        guard let organization = try await dues.organization(UUID(uuidString: form.org).map { .init($0) }, scope: actor.scope) else {
            throw DomainError.notFound
        }
        let current = try await dues.currentMonth(of: organization.schoolID, now: request.now)
        do {
            let month = try Request.yearMonth(form.months.first, field: "month")
            let recording = try await dues.recordMonth(of: organization.id, month: month, method: try DuesPaymentForm.method(form.method),
                                                       key: form.submission, context: try request.auditContext)
            let members = try await dues.members(under: organization, scope: actor.scope)
            return try DuesBatchPage(organization: organization, members: members, current: current, step: .done(recording, month: month),
                                     context: PageContext(request)).render().response()
        } catch let error as DomainError where error.status == .unprocessableEntity || error.status == .conflict {
            return try DuesBatchPage(organization: organization, members: [], current: current, step: .choose(error: error),
                                     context: PageContext(request)).render().response(status: error.status)
        }
    }

    private static func page(_ request: Request, _ organization: Organization, form: DuesPaymentForm, error: DomainError?) async throws -> Response {
        let dues = request.stores.dues
        let members = try await dues.members(under: organization, scope: try request.actor.scope)
        let current = try await dues.currentMonth(of: organization.schoolID, now: request.now)
        return try DuesPaymentPage(organization: organization, members: members, form: form, current: current, error: error,
                                   context: PageContext(request)).render().response(status: error?.status ?? .ok)
    }
}
