import Domain
import FluentKit
import Foundation

public struct SchoolStore: Sendable {
    let database: any Database

    public func find(_ id: School.ID) async throws -> School? {
        try await SchoolRecord.find(id.rawValue, on: database)?.domain
    }

    public func all() async throws -> [School] {
        try await SchoolRecord.query(on: database).sort(\.$code).all().map(\.domain)
    }

    public func create(_ school: School) async throws {
        try await database.writing { tx in try await SchoolRecord(school).create(on: tx) }
    }
}
