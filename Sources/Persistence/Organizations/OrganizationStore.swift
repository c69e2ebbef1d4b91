import Domain
import FluentKit
import Foundation
import SQLKit

public struct OrganizationStore: Sendable {
    let database: any Database
    let audit: AuditLog

    /// Every organisation in scope, parents before children.
    public func list(scope: Scope) async throws -> [Organization] {
        try await OrganizationRecord.query(on: database).scoped(scope).sort(\.$path).all().map(\.domain)
    }

    public func find(_ id: Organization.ID, scope: Scope) async throws -> Organization {
        guard let record = try await OrganizationRecord.query(on: database).scoped(scope)
            .filter(\.$id == id.rawValue).first() else { throw DomainError.notFound }
        return record.domain
    }

    /// Looks organisations up by id without a scope check, to show names of places the actor can't open.
    public func names(of ids: Set<Organization.ID>) async throws -> [Organization.ID: String] {
        guard !ids.isEmpty else { return [:] }
        let records = try await OrganizationRecord.query(on: database).filter(\.$id ~~ ids.map(\.rawValue)).all()
        return Dictionary(uniqueKeysWithValues: records.map { (Organization.ID($0.id!), $0.name) })
    }

    /// Members (people with an organisation) per organisation, counted over the whole subtree's own rows.
    public func memberCounts(scope: Scope) async throws -> [Organization.ID: Int] {
        let sql = database as! any SQLDatabase
        let visible = try await list(scope: scope)
        guard !visible.isEmpty else { return [:] }
        let rows = try await sql.select().column("organization_id").column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from("people").where(SQLIdentifier("organization_id"), .in, SQLBind.group(visible.map { $0.id.rawValue }))
            .groupBy("organization_id").all(decoding: CountRow.self)
        return Dictionary(uniqueKeysWithValues: rows.map { (Organization.ID($0.organization_id), $0.n) })
    }

    struct CountRow: Decodable { var organization_id: UUID; var n: Int }

    /// Creates an organisation under a parent in scope; its path extends the parent's.
    public func create(name: String, kind: Organization.Kind, category: Organization.Category?,
                       under parentID: Organization.ID, context: AuditContext) async throws -> Organization {
        let parent = try await find(parentID, scope: context.actor.scope)
        guard parent.kind.allowedChildren.contains(kind) else {
            throw DomainError.invalid(field: "kind", message: Message(zh: "该上级组织下不能建立此类组织", en: "This kind cannot sit under that parent"))
        }
        let id = Organization.ID(UUID())
        let organization = Organization(id: id, schoolID: parent.schoolID, parentID: parent.id, kind: kind, category: category,
                                        name: name, path: parent.path.appending(id.rawValue.uuidString.lowercased()))
        try await database.writing { tx in
            try await OrganizationRecord(organization).create(on: tx)
            try await audit.append(context.event(.organizationCreated, target: "organization:\(id.rawValue)",
                                                 school: parent.schoolID, detail: name), on: tx)
        }
        return organization
    }
}
