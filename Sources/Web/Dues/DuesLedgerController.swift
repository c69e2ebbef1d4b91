import Domain
import Foundation
import Persistence
import Vapor

/// The dues ledger's pages: an organisation's lines and balances for a year, a new line, and the file.
enum DuesLedgerController {
    static let endpoints = [
        Endpoint(.GET, "dues/ledger", .manageDuesLedger, index),
        Endpoint(.POST, "dues/ledger", .manageDuesLedger, create),
    ] + ListExport.endpoints("dues/ledger/export", .manageDuesLedger, export)

    @Sendable static func index(_ request: Request) async throws -> Response {
        var form = DuesLedgerForm()
        form.submission = UUID().uuidString; form.occurredOn = try await request.today().iso
        return try await page(request, form: form, error: nil)
    }

    @Sendable static func create(_ request: Request) async throws -> Response {
        let form = try request.content.decode(DuesLedgerForm.self)
        guard let org = form.org.flatMap(UUID.init(uuidString:)) else { throw DomainError.notFound }
        do {
            let (entry, _) = try await request.stores.dues.addLedgerEntry(to: .init(org), try form.draft(), key: form.submission,
                                                                          context: try request.auditContext)
            return request.redirect(to: DuesRoute.ledger(org: .init(org), year: entry.year).path, redirectType: .normal)
        } catch let error as DomainError where error.status == .unprocessableEntity {
            return try await page(request, form: form, error: error)
        }
    }

    @Sendable static func export(_ request: Request, format: ListExport.Format) async throws -> Response {
        let s = request.strings
        let (organization, year, entries, _) = try await load(request)
        let rows = entries.map { e in
            [e.occurredOn.iso, s.label(e.kind), Fen.format(e.signedAmount == 0 ? e.amount : e.signedAmount), e.counterparty ?? "",
             e.purpose, e.approvalReference ?? "", e.documents.joined(separator: "；"), e.recordedBy]
        }
        let header = [s.duesOccurredOn, s.duesKind, s.duesAmount, s.duesCounterparty, s.duesPurpose, s.duesReference,
                      s.duesDocuments, s.duesRecorder]
        let export = ListExport(header: header, rows: rows, sheetName: s.duesLedgerExportName)
        return try await export.respond(request, format: format, name: .init(ascii: "dues-ledger-\(year)",
                                                                             localised: "\(organization.name)\(s.duesLedgerExportName)\(year)"),
                                        target: "dues_ledger:\(organization.id.rawValue)")
    }

    private static func load(_ request: Request) async throws -> (Organization, Int, [DuesLedgerEntry], [DuesLedgerBalance]) {
        let organization = try await request.duesOrganization()
        guard let organization else { throw DomainError.notFound }
        let year = try request.year(default: try await request.today())
        let dues = request.stores.dues
        return (organization, year, try await dues.ledger(of: organization, year: year, scope: try request.actor.scope),
                try await dues.balances(under: organization, year: year))
    }

    private static func page(_ request: Request, form: DuesLedgerForm, error: DomainError?) async throws -> Response {
        let (organization, year, entries, balances) = try await load(request)
        let names = try await request.stores.organizations.names(of: Set(balances.map(\.organizationID)))
        return try DuesLedgerPage(organization: organization, year: year, entries: entries, balances: balances, names: names,
                                  choices: try await DuesPages.choices(request), form: form, error: error,
                                  context: PageContext(request)).render().response(status: error?.status ?? .ok)
    }
}
