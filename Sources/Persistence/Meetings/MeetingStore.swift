import Domain
import FluentKit
import Foundation
import SQLKit

/// Meetings of organisational life: reads, always through a Scope.
public struct MeetingStore: Sendable {
    let database: any Database
    let keyring: Keyring
    let audit: AuditLog

    public struct Filter: Sendable, Equatable {
        public var organizationID: Organization.ID?
        public var from: LocalDate?
        public var to: LocalDate?
        public var kind: MeetingKind?
        public var status: Meeting.Status?
        public init(organizationID: Organization.ID? = nil, from: LocalDate? = nil, to: LocalDate? = nil,
                    kind: MeetingKind? = nil, status: Meeting.Status? = nil) {
            self.organizationID = organizationID; self.from = from; self.to = to; self.kind = kind; self.status = status
        }
    }

    public func list(_ filter: Filter, page: ListRequest, scope: Scope) async throws -> ListPage<Meeting> {
        let query = try await filtered(filter, scope: scope)
        let total = try await query.count()
        let records = try await query.copy().sort(\.$localDate, .descending).sort(\.$startsAt, .descending)
            .range(page.offset..<(page.offset + page.size)).all()
        return ListPage(items: try await domain(records), number: page.number, size: page.size, total: total)
    }

    /// Every matching meeting in date order, for exports and the member's own page.
    public func all(_ filter: Filter, scope: Scope, limit: Int = 10_000) async throws -> [Meeting] {
        let records = try await filtered(filter, scope: scope).sort(\.$localDate).sort(\.$startsAt).limit(limit).all()
        return try await domain(records)
    }

    public func find(_ id: Meeting.ID, scope: Scope) async throws -> Meeting {
        try await domain([record(id, scope: scope)])[0]
    }

    func record(_ id: Meeting.ID, scope: Scope) async throws -> MeetingRecord {
        guard let record = try await MeetingRecord.query(on: database).scoped(scope).filter(\.$id == id.rawValue).first()
        else { throw DomainError.notFound }
        return record
    }

    private func filtered(_ filter: Filter, scope: Scope) async throws -> QueryBuilder<MeetingRecord> {
        let query = MeetingRecord.query(on: database).scoped(scope)
        if let id = filter.organizationID {
            let organization = try await OrganizationStore(database: database, audit: audit).find(id, scope: scope)
            query.filter(.sql(SQLQueryString("""
                EXISTS (SELECT 1 FROM meeting_organizations mo2 WHERE mo2.meeting_id = meetings.id \
                AND mo2.organization_path LIKE \(bind: organization.path.subtreePattern))
                """)))
        }
        if let from = filter.from { query.filter(\.$localDate >= from.iso) }
        if let to = filter.to { query.filter(\.$localDate <= to.iso) }
        if let kind = filter.kind { query.filter(\.$kind == kind.rawValue) }
        if let status = filter.status { query.filter(\.$status == status.rawValue) }
        return query
    }

    /// Attaches each meeting's organisations, host first.
    private func domain(_ records: [MeetingRecord]) async throws -> [Meeting] {
        guard !records.isEmpty else { return [] }
        let ids = records.compactMap(\.id)
        let rows = try await (database as! any SQLDatabase).select().column("meeting_id").column("organization_id")
            .from(MeetingOrganizationRecord.schema).where("meeting_id", .in, SQLBind.group(ids))
            .all(decoding: MeetingOrganizationRow.self)
        let byMeeting = Dictionary(grouping: rows, by: \.meeting_id)
        return records.map { record in
            let others = (byMeeting[record.id!] ?? []).map(\.organization_id).filter { $0 != record.hostOrganizationID }
            return record.domain(organizationIDs: ([record.hostOrganizationID] + others.sorted { $0.uuidString < $1.uuidString }).map { .init($0) })
        }
    }

    struct MeetingOrganizationRow: Decodable { var meeting_id: UUID; var organization_id: UUID }
}
