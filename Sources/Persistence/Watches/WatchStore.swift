import Domain
import FluentKit
import Foundation
import SQLKit

/// The watch list (重点人群随访) and its follow-ups: reads, always through a Scope. A counsellor sees the watches
/// of their classes, a college its grid, the school everything; students none.
public struct WatchStore: Sendable {
    let database: any Database
    let audit: AuditLog

    public struct Filter: Sendable, Equatable {
        public var status: WatchStatus?
        /// Part of the student's name, or the start of their 学工号.
        public var text: String?
        public init(status: WatchStatus? = nil, text: String? = nil) { self.status = status; self.text = text }
    }

    /// A watch as lists show it: who, which class, and the last contact.
    public struct Entry: Sendable, Equatable {
        public var watch: Watch
        public var name: String
        public var number: String
        public var className: String?
        public var lastFollowUp: FollowUp?
        public var followUpCount: Int
    }

    /// Open watches oldest first (the longest-watched need attention most); closed ones most recently closed first.
    public func list(_ filter: Filter, page: ListRequest, scope: Scope) async throws -> ListPage<Entry> {
        let query = filtered(filter, scope: scope)
        let total = try await query.count()
        let sorted = query.copy()
        if filter.status == .closed { sorted.sort(\.$closedAt, .descending) }
        else { sorted.sort(\.$status, .descending).sort(\.$openedDay).sort(\.$createdAt) }
        let records = try await sorted.range(page.offset..<(page.offset + page.size)).all()
        return ListPage(items: try await entries(records), number: page.number, size: page.size, total: total)
    }

    /// How many open watches the scope holds: the figure on top of the list.
    public func openCount(scope: Scope) async throws -> Int {
        try await WatchRecord.query(on: database).scoped(scope).filter(\.$status == WatchStatus.open.rawValue).count()
    }

    public func find(_ id: Watch.ID, scope: Scope) async throws -> Entry {
        guard let entry = try await entries([try await record(id, scope: scope)]).first else { throw DomainError.notFound }
        return entry
    }

    /// The follow-ups of a watch in scope, in the order they happened.
    public func followUps(of id: Watch.ID, scope: Scope) async throws -> [FollowUp] {
        _ = try await record(id, scope: scope)
        return try await FollowUpRecord.query(on: database).filter(\.$watchID == id.rawValue)
            .sort(\.$happenedAt).sort(\.$createdAt).all().map(\.domain)
    }

    /// The open watch of a student, if any and in scope.
    public func openWatch(of person: Person.ID, scope: Scope) async throws -> Watch? {
        guard let record = try await WatchRecord.query(on: database).scoped(scope).filter(\.$personID == person.rawValue)
            .filter(\.$status == WatchStatus.open.rawValue).first() else { return nil }
        return record.domain(timeZone: try await timeZones([record.schoolID])[record.schoolID] ?? .current)
    }

    /// Display names of the accounts that recorded or closed, by login; staff act under their names.
    public func accountNames(_ logins: Set<String>) async throws -> [String: String] {
        guard !logins.isEmpty else { return [:] }
        let rows = try await AccountRecord.query(on: database).filter(\.$login ~~ Array(logins)).all()
        return Dictionary(rows.map { ($0.login, $0.displayName) }, uniquingKeysWith: { a, _ in a })
    }

    func record(_ id: Watch.ID, scope: Scope, on db: (any Database)? = nil) async throws -> WatchRecord {
        guard let record = try await WatchRecord.query(on: db ?? database).scoped(scope).filter(\.$id == id.rawValue).first()
        else { throw DomainError.notFound }
        return record
    }

    private func filtered(_ filter: Filter, scope: Scope) -> QueryBuilder<WatchRecord> {
        let query = WatchRecord.query(on: database).scoped(scope)
        if let status = filter.status { query.filter(\.$status == status.rawValue) }
        if let text = filter.text?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            query.join(PersonRecord.self, on: \WatchRecord.$personID == \PersonRecord.$id).group(.or) { or in
                or.filter(PersonRecord.self, \.$name, .contains(inverse: false, .anywhere), text)
                or.filter(PersonRecord.self, \.$number, .contains(inverse: false, .prefix), text)
            }
        }
        return query
    }

    /// Names, classes and last follow-ups of a page of watches, in a few queries for the whole page.
    func entries(_ records: [WatchRecord]) async throws -> [Entry] {
        guard !records.isEmpty else { return [] }
        let zones = try await timeZones(Set(records.map(\.schoolID)))
        let people = try await PersonRecord.query(on: database).filter(\.$id ~~ records.map(\.personID)).all()
        let byID = Dictionary(people.map { ($0.id!, $0) }, uniquingKeysWith: { a, _ in a })
        let classes = try await GridStore(database: database).names(of: Set(people.compactMap(\.classID).map { GridUnit.ID($0) }))
        let followUps = try await FollowUpRecord.query(on: database).filter(\.$watchID ~~ records.compactMap(\.id)).all()
        let byWatch = Dictionary(grouping: followUps.map(\.domain), by: \.watchID)
        return records.map { r in
            let person = byID[r.personID]
            let mine = byWatch[Watch.ID(r.id!)] ?? []
            return Entry(watch: r.domain(timeZone: zones[r.schoolID] ?? .current), name: person?.name ?? "",
                         number: person?.number ?? "", className: person?.classID.flatMap { classes[GridUnit.ID($0)] },
                         lastFollowUp: mine.max { ($0.happenedAt, $0.createdAt) < ($1.happenedAt, $1.createdAt) },
                         followUpCount: mine.count)
        }
    }

    func timeZones(_ schools: Set<UUID>) async throws -> [UUID: TimeZone] {
        var zones: [UUID: TimeZone] = [:]
        for id in schools { zones[id] = try await SchoolStore(database: database).find(School.ID(id))?.timeZone }
        return zones
    }
}
