import Domain
import FluentKit
import Foundation

extension PeopleStore {
    /// 组织关系转接: moves a member to another organisation in scope and keeps the move in history.
    public func transfer(_ id: Person.ID, to organizationID: Organization.ID, date: LocalDate, reason: String,
                         context: AuditContext) async throws -> Transfer {
        let scope = context.actor.scope
        let record = try await record(id, scope: scope)
        let destination = try await OrganizationStore(database: database, audit: audit).find(organizationID, scope: scope)
        guard destination.kind == .branch || destination.kind == .group else {
            throw DomainError.invalid(field: "organizationID", message: Message(
                zh: "组织关系只能转入党支部或党小组", en: "A member's record can only move to a branch or party group"))
        }
        guard destination.id.rawValue != record.organizationID else {
            throw DomainError.invalid(field: "organizationID", message: Message(
                zh: "该党员已在此组织", en: "The member already belongs to this organisation"))
        }
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        let transfer = TransferRecord()
        transfer.id = UUID(); transfer.schoolID = record.schoolID; transfer.personID = id.rawValue
        transfer.fromOrganizationID = record.organizationID; transfer.toOrganizationID = destination.id.rawValue
        transfer.date = date.iso; transfer.reason = reason.isEmpty ? "—" : reason; transfer.recordedBy = context.actor.login
        record.organizationID = destination.id.rawValue; record.organizationPath = destination.path.rawValue
        try await database.writing { tx in
            try await transfer.create(on: tx)
            try await record.update(on: tx)
            try await audit.append(context.event(.memberTransferred, target: "person:\(id.rawValue)", school: .init(record.schoolID),
                                                 detail: "to:\(destination.id.rawValue)"), on: tx)
        }
        return transfer.domain
    }

    public func transfers(of id: Person.ID, scope: Scope) async throws -> [Transfer] {
        _ = try await record(id, scope: scope)
        return try await TransferRecord.query(on: database).filter(\.$personID == id.rawValue)
            .sort(\.$date, .descending).sort(\.$createdAt, .descending).all().map(\.domain)
    }
}
