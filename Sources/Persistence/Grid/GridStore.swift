import Domain
import FluentKit
import Foundation

public struct GridStore: Sendable {
    let database: any Database

    public func list(scope: Scope, kinds: [GridUnit.Kind]? = nil) async throws -> [GridUnit] {
        let query = GridUnitRecord.query(on: database).scoped(scope)
        if let kinds { query.filter(\.$kind ~~ kinds.map(\.rawValue)) }
        return try await query.sort(\.$path).all().map(\.domain)
    }

    public func find(_ id: GridUnit.ID, scope: Scope) async throws -> GridUnit {
        guard let record = try await GridUnitRecord.query(on: database).scoped(scope)
            .filter(\.$id == id.rawValue).first() else { throw DomainError.notFound }
        return record.domain
    }

    public func children(of id: GridUnit.ID, scope: Scope) async throws -> [GridUnit] {
        try await GridUnitRecord.query(on: database).scoped(scope).filter(\.$parentID == id.rawValue)
            .sort(\.$name).all().map(\.domain)
    }

    /// Names of grid units by id, for labels; no personal data, so no scope.
    public func names(of ids: Set<GridUnit.ID>) async throws -> [GridUnit.ID: String] {
        guard !ids.isEmpty else { return [:] }
        let records = try await GridUnitRecord.query(on: database).filter(\.$id ~~ ids.map(\.rawValue)).all()
        return Dictionary(uniqueKeysWithValues: records.map { (GridUnit.ID($0.id!), $0.name) })
    }
}
