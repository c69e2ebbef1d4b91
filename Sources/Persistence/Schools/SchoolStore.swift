import Domain
import FluentKit
import Foundation

public struct SchoolStore: Sendable {
    let database: any Database

    public func find(_ id: School.ID) async throws -> School? {
        try await SchoolRecord.find(id.rawValue, on: database)?.domain
    }

    /// The school's time zone: its business days (a report's day, a payment's month) are counted in it.
    public func timeZone(of id: School.ID) async throws -> TimeZone {
        guard let school = try await find(id) else { throw DomainError.notFound }
        return school.timeZone
    }

    /// The school's business day at `now`.
    public func today(of id: School.ID, now: Date) async throws -> LocalDate {
        LocalDate(now, in: try await timeZone(of: id))
    }

    public func all() async throws -> [School] {
        try await SchoolRecord.query(on: database).sort(\.$code).all().map(\.domain)
    }

    public func create(_ school: School) async throws {
        try await database.writing { tx in try await SchoolRecord(school).create(on: tx) }
    }
}
