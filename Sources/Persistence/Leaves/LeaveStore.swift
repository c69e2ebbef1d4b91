import Domain
import FluentKit
import FluentSQL
import Foundation
import SQLKit

/// The leave/return ledger (师生流动台账): reads, always through a Scope. A student sees their own lines, a
/// counsellor or monitor their classes', a college its students', the school everything.
public struct LeaveStore: Sendable {
    let database: any Database
    let audit: AuditLog

    public struct Filter: Sendable, Equatable {
        public var status: LeaveStatus?
        /// Only lines whose days include this day.
        public var day: LocalDate?
        /// Only students of this grid unit (a college, major or class) at the time they applied.
        public var unitID: GridUnit.ID?
        public var traveller: LeaveTraveller?
        /// Only the actor's own lines.
        public var mine: Bool
        /// Words of the traveller's name, or the start of their 学工号.
        public var text: String?

        public init(status: LeaveStatus? = nil, day: LocalDate? = nil, unitID: GridUnit.ID? = nil,
                    traveller: LeaveTraveller? = nil, mine: Bool = false, text: String? = nil) {
            self.status = status; self.day = day; self.unitID = unitID; self.traveller = traveller
            self.mine = mine; self.text = text
        }
    }

    /// Pending lines first (they wait for someone), then the latest days first.
    public func list(_ filter: Filter, page: ListRequest, actor: Actor) async throws -> ListPage<LeaveApplication> {
        let query = try await filtered(filter, actor: actor)
        let total = try await query.count()
        let records = try await sorted(query.copy()).range(page.offset..<(page.offset + page.size)).all()
        return ListPage(items: records.map(\.domain), number: page.number, size: page.size, total: total)
    }

    /// Every matching line in the list's order, for exports.
    public func all(_ filter: Filter, actor: Actor, limit: Int = 50_000) async throws -> [LeaveApplication] {
        try await sorted(try await filtered(filter, actor: actor)).limit(limit).all().map(\.domain)
    }

    public func find(_ id: LeaveApplication.ID, scope: Scope) async throws -> LeaveApplication {
        try await record(id, scope: scope).domain
    }

    func record(_ id: LeaveApplication.ID, scope: Scope, on db: (any Database)? = nil) async throws -> LeaveRecord {
        guard let record = try await LeaveRecord.query(on: db ?? database).scoped(scope).filter(\.$id == id.rawValue).first()
        else { throw DomainError.notFound }
        return record
    }

    /// How the actor stands to a line in their scope. A student's is decided by `decideLeave` over the class it was
    /// filed under; a staff member's by `recordStaffMovements` over the staff member's organisation.
    public func party(_ leave: LeaveApplication, actor: Actor) async throws -> LeaveParty {
        let own = actor.personID == leave.personID
        guard actor.scope.includes(school: leave.schoolID) else { return LeaveParty(isTraveller: own, isDecider: false) }
        switch leave.traveller {
        case .student:
            let reaches = actor.scope.isEverything || leave.gridPath.map(actor.scope.includes(gridPath:)) == true
            return LeaveParty(isTraveller: own, isDecider: actor.may(.decideLeave) && reaches)
        case .staff:
            guard actor.may(.recordStaffMovements) else { return LeaveParty(isTraveller: own, isDecider: false) }
            if actor.scope.isEverything { return LeaveParty(isTraveller: own, isDecider: true) }
            let path = try await PersonRecord.query(on: database).filter(\.$id == leave.personID.rawValue).first()?.organizationPath
            return LeaveParty(isTraveller: own, isDecider: path.map { actor.scope.includes(organizationPath: TreePath(rawValue: $0)) } == true)
        }
    }

    /// Names and 学工号 of the travellers of lines already read in scope.
    public func travellers(of leaves: [LeaveApplication]) async throws -> [Person.ID: (name: String, number: String)] {
        let ids = Set(leaves.map(\.personID))
        guard !ids.isEmpty else { return [:] }
        let rows = try await (database as! any SQLDatabase).select().columns("id", "name", "number").from("people")
            .where("id", .in, SQLBind.group(ids.map(\.rawValue))).all(decoding: PersonRow.self)
        return Dictionary(uniqueKeysWithValues: rows.map { (Person.ID($0.id), (name: $0.name, number: $0.number)) })
    }

    struct PersonRow: Decodable { var id: UUID; var name: String; var number: String }

    private func sorted(_ query: QueryBuilder<LeaveRecord>) -> QueryBuilder<LeaveRecord> {
        query.sort(.sql(embed: "CASE WHEN \(ident: "status") = 'pending' THEN 0 ELSE 1 END"), .ascending)
            .sort(\.$firstDay, .descending).sort(\.$createdAt, .descending)
    }

    private func filtered(_ filter: Filter, actor: Actor) async throws -> QueryBuilder<LeaveRecord> {
        let query = LeaveRecord.query(on: database).scoped(actor.scope)
        if let status = filter.status { query.filter(\.$status == status.rawValue) }
        if let day = filter.day { query.filter(\.$firstDay <= day.iso).filter(\.$lastDay >= day.iso) }
        if let traveller = filter.traveller { query.filter(\.$traveller == traveller.rawValue) }
        if filter.mine { query.filter(\.$personID == (actor.personID?.rawValue ?? UUID())) }
        if let id = filter.unitID {
            // A unit outside the scope is a 404, like every other out-of-scope id.
            let unit = try await GridStore(database: database).find(id, scope: actor.scope)
            query.filter("grid_path", .contains(inverse: false, .prefix), unit.path.rawValue)
        }
        if let text = filter.text?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            let people = try await PersonRecord.query(on: database).scoped(actor.scope).group(.or) { or in
                or.filter(\.$name, .contains(inverse: false, .anywhere), text)
                or.filter(\.$number, .contains(inverse: false, .prefix), text)
            }.field(\.$id).limit(1000).all().compactMap(\.id)
            if people.isEmpty { query.filter(.sql(unsafeRaw: "1 = 0")) } else { query.filter(\.$personID ~~ people) }
        }
        return query
    }
}
