import Domain
import FluentKit
import Foundation
import SQLKit

/// The dues ledger of each organisation: append-only lines, and balances per organisation and year computed
/// from sums (recomputable, never stored).
extension DuesStore {
    /// Adds a line to an organisation's ledger in scope. The key (form token or Idempotency-Key) makes a retry
    /// answer the line already stored; the same key with another line is refused.
    public func addLedgerEntry(to organizationID: Organization.ID, _ draft: DuesLedgerDraft, key: String?,
                               context: AuditContext) async throws -> (entry: DuesLedgerEntry, created: Bool) {
        let actor = context.actor
        guard actor.may(.manageDuesLedger) else { throw DomainError.forbidden }
        let organization = try await OrganizationStore(database: database, audit: audit).find(organizationID, scope: actor.scope)
        let key = try TicketStore.checkedKey(key)
        if let key, let existing = try await ledgerLine(key: key, login: actor.login) { return (try Self.replay(existing, draft), false) }
        let valid = try draft.validated(today: try await today(of: organization.schoolID, now: context.now))
        let entry = DuesLedgerEntry(id: .init(UUID()), schoolID: organization.schoolID, organizationID: organization.id, draft: valid,
                                    recordedBy: actor.login, recordedAt: context.now)
        do {
            try await database.writing { tx in
                try await DuesLedgerRecord(entry, path: organization.path, key: key ?? UUID().uuidString).create(on: tx)
                try await audit.append(context.event(.duesLedgerEntryAdded, target: "organization:\(organization.id.rawValue)",
                                                     school: organization.schoolID,
                                                     detail: "\(entry.kind.rawValue) \(entry.amount) \(entry.occurredOn.iso)"), on: tx)
            }
            return (entry, true)
        } catch let error where TicketStore.isUniqueViolation(error) && key != nil {
            guard let existing = try await ledgerLine(key: key!, login: actor.login) else { throw error }
            return (try Self.replay(existing, draft), false)
        }
    }

    /// An organisation's lines of a year, by day.
    public func ledger(of organization: Organization, year: Int, scope: Scope) async throws -> [DuesLedgerEntry] {
        try await DuesLedgerRecord.query(on: database).scoped(scope).filter(\.$organizationID == organization.id.rawValue)
            .filter(\.$year == year).sort(\.$occurredOn).sort(\.$recordedAt).all().map(\.domain)
    }

    /// The balances of the organisation and of each organisation below it that has lines, for a year. The
    /// organisation was found in scope, so its whole subtree is too.
    public func balances(under organization: Organization, year: Int) async throws -> [DuesLedgerBalance] {
        let rows = try await (database as! any SQLDatabase).select()
            .column("organization_id").column("year").column("kind")
            // PostgreSQL sums a BIGINT as NUMERIC: cast back, so both engines answer an integer of 分.
            .column(SQLAlias(SQLQueryString("CAST(SUM(\(ident: "amount")) AS BIGINT)"), as: SQLIdentifier("total")))
            .from(DuesLedgerRecord.schema)
            .where("school_id", .equal, SQLBind(organization.schoolID.rawValue))
            .where("organization_path", .like, SQLBind(organization.path.subtreePattern))
            .where("year", .lessThanOrEqual, SQLBind(year))
            .groupBy("organization_id").groupBy("year").groupBy("kind")
            .all(decoding: SumRow.self)
        let byOrganization = Dictionary(grouping: rows, by: \.organization_id)
        var balances = byOrganization.map { id, sums in
            DuesLedgerBalance.of(.init(id), year: year, sums: sums.compactMap { row in
                DuesLedgerKind(rawValue: row.kind).map { (year: row.year, kind: $0, amount: Int(row.total)) }
            })
        }
        if !balances.contains(where: { $0.organizationID == organization.id }) {
            balances.append(DuesLedgerBalance(organizationID: organization.id, year: year, opening: 0, totals: [:]))
        }
        return balances.sorted { ($0.organizationID == organization.id ? 0 : 1) < ($1.organizationID == organization.id ? 0 : 1) }
    }

    private struct SumRow: Decodable { var organization_id: UUID; var year: Int; var kind: String; var total: Int64 }

    private func ledgerLine(key: String, login: String) async throws -> DuesLedgerRecord? {
        try await DuesLedgerRecord.query(on: database).filter(\.$recordedBy == login).filter(\.$submissionKey == key).first()
    }

    private static func replay(_ existing: DuesLedgerRecord, _ draft: DuesLedgerDraft) throws -> DuesLedgerEntry {
        let entry = existing.domain
        guard entry.kind == draft.kind, entry.amount == draft.amount, entry.occurredOn == draft.occurredOn else {
            throw DomainError.invalid(field: "Idempotency-Key", message: Message(
                zh: "该幂等键已用于另一笔收支", en: "This idempotency key was already used for a different line"))
        }
        return entry
    }
}
