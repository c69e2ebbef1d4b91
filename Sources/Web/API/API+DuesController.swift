import Domain
import Foundation
import Persistence
import Vapor

extension API {
    /// 党费 under `/api/v1`, scoped exactly like the pages: a member their own, a secretary the branch, an
    /// organisation administrator the subtree.
    enum DuesController {
        static let endpoints = [
            Endpoint(.GET, "api/v1/dues/amount", .viewDues, amount),
            Endpoint(.GET, "api/v1/dues", .viewDues, sheet),
            Endpoint(.POST, "api/v1/dues/payments", .manageDues, record),
            Endpoint(.GET, "api/v1/dues/arrears", .manageDues, arrears),
            Endpoint(.GET, "api/v1/dues/ledger", .manageDuesLedger, ledger),
            Endpoint(.POST, "api/v1/dues/ledger", .manageDuesLedger, addLedgerEntry),
        ]

        /// `base` in 元 as a decimal string ("3000.01"), or `baseFen` in 分; the flat categories need neither.
        @Sendable static func amount(_ request: Request) async throws -> Response {
            guard let category = request.query[String.self, at: "category"].flatMap(DuesCategory.init(rawValue:)) else {
                throw DomainError.invalid(field: "category", message: Message(
                    zh: "类别无效", en: "category must be one of \(DuesCategory.allCases.map(\.rawValue).joined(separator: ", "))"))
            }
            var base = try Request.yuan(request.query[String.self, at: "base"], field: "base")
            if base == nil, let text = request.query[String.self, at: "baseFen"], !text.isEmpty {
                guard let fen = Int(text) else {
                    throw DomainError.invalid(field: "baseFen", message: Message(zh: "baseFen应为整数（分）", en: "baseFen must be an integer (fen)"))
                }
                base = fen
            }
            if category.needsBase && base == nil {
                throw DomainError.invalid(field: "base", message: Message(zh: "请给出基数（元）", en: "Give the base in yuan"))
            }
            return try await DuesAmountDTO(try DuesRate.monthly(category, base: base ?? 0)).json(request)
        }

        /// An organisation's year (`org`), or without `org` the caller's own (a member) or first organisation (a manager).
        @Sendable static func sheet(_ request: Request) async throws -> Response {
            let actor = try request.actor, dues = request.stores.dues
            let year = try request.year(default: try await request.today())
            let org: Organization.ID? = try request.optionalID("org")
            if org == nil, !actor.may(.manageDues), let person = actor.personID {
                let own = Scope(schools: actor.scope.schools, grants: [.person(person)])
                return try await DuesSheetDTO(try await dues.statement(of: person, year: year, scope: own, now: request.now).sheet).json(request)
            }
            guard let organization = try await dues.organization(org, scope: actor.scope) else { throw DomainError.notFound }
            return try await DuesSheetDTO(try await dues.sheet(under: organization, year: year, scope: actor.scope, now: request.now)).json(request)
        }

        @Sendable static func record(_ request: Request) async throws -> Response {
            let body = try request.content.decode(DuesPaymentRequest.self)
            let dues = request.stores.dues, key = request.headers.first(name: "Idempotency-Key")
            let method = try DuesPaymentForm.method(body.method ?? "")
            let recording: DuesRecording
            if let person = body.personId {
                var paidAt: Date?
                if let text = body.paidOn {
                    guard let day = LocalDate(iso: text) else {
                        throw DomainError.invalid(field: "paidOn", message: Message(zh: "日期格式应为YYYY-MM-DD", en: "paidOn must be YYYY-MM-DD"))
                    }
                    paidAt = day.start(in: try await request.schoolTimeZone()).addingTimeInterval(12 * 3600)
                }
                let input = DuesPaymentInput(person: .init(person), months: try (body.months ?? []).map { try Request.yearMonth($0, field: "months") },
                                             method: method, paidAt: paidAt, actualPay: try Request.yuan(body.actualPay, field: "actualPay"),
                                             note: body.note)
                recording = try await dues.record(input, key: key, context: try request.auditContext)
            } else if let org = body.organizationId {
                recording = try await dues.recordMonth(of: .init(org), month: try Request.yearMonth(body.month, field: "month"), method: method,
                                                       key: key, context: try request.auditContext)
            } else {
                throw DomainError.invalid(field: "personId", message: Message(
                    zh: "请给出党员（personId与months）或党支部（organizationId与month）", en: "Give personId and months, or organizationId and month"))
            }
            let response = try await DuesRecordingDTO(recording).json(request, status: .created)
            if !recording.created { response.headers.replaceOrAdd(name: "Idempotent-Replayed", value: "true") }
            return response
        }

        @Sendable static func arrears(_ request: Request) async throws -> Response {
            let actor = try request.actor
            guard let organization = try await request.duesOrganization() else { throw DomainError.notFound }
            let lines = try await request.stores.dues.arrears(under: organization, scope: actor.scope, now: request.now)
            return try await lines.map(DuesArrearsDTO.init).encodeResponse(for: request)
        }

        @Sendable static func ledger(_ request: Request) async throws -> Response {
            let actor = try request.actor, dues = request.stores.dues
            guard let organization = try await request.duesOrganization() else { throw DomainError.notFound }
            let year = try request.year(default: try await request.today())
            let entries = try await dues.ledger(of: organization, year: year, scope: actor.scope)
            let balances = try await dues.balances(under: organization, year: year)
            return try await DuesLedgerDTO(organizationId: organization.id.rawValue, year: year,
                                           balance: balances.first { $0.organizationID == organization.id }.map(DuesBalanceDTO.init),
                                           balancesBelow: balances.filter { $0.organizationID != organization.id }.map(DuesBalanceDTO.init),
                                           entries: entries.map(DuesLedgerEntryDTO.init)).json(request)
        }

        @Sendable static func addLedgerEntry(_ request: Request) async throws -> Response {
            let body = try request.content.decode(DuesLedgerForm.self)
            guard let org = body.org.flatMap(UUID.init(uuidString:)) else {
                throw DomainError.invalid(field: "org", message: Message(zh: "请给出党组织", en: "Give org (the organisation's id)"))
            }
            let (entry, created) = try await request.stores.dues.addLedgerEntry(to: .init(org), try body.draft(),
                                                                                key: request.headers.first(name: "Idempotency-Key"),
                                                                                context: try request.auditContext)
            let response = try await DuesLedgerEntryDTO(entry).json(request, status: .created)
            if !created { response.headers.replaceOrAdd(name: "Idempotent-Replayed", value: "true") }
            return response
        }
    }
}
