import Domain
import FluentKit
import Foundation
import SQLKit

/// Tickets (诉求): reads, always through a Scope. A requester sees their own, a department its own, the
/// supervisor the school's. Who raised an anonymous ticket is known here and told to no one but the requester.
public struct TicketStore: Sendable {
    let database: any Database
    let audit: AuditLog

    public struct Filter: Sendable, Equatable {
        public var status: TicketStatus?
        public var departmentID: Department.ID?
        public var categoryID: TicketCategory.ID?
        /// Only the actor's own tickets (as requester).
        public var mine: Bool
        /// Only tickets accepted by the actor.
        public var assignedToMe: Bool
        /// Only unanswered tickets past their deadline.
        public var overdue: Bool
        /// Only tickets escalated to a leader or the supervisor.
        public var escalated: Bool
        public var text: String?

        public init(status: TicketStatus? = nil, departmentID: Department.ID? = nil, categoryID: TicketCategory.ID? = nil,
                    mine: Bool = false, assignedToMe: Bool = false, overdue: Bool = false, escalated: Bool = false, text: String? = nil) {
            self.status = status; self.departmentID = departmentID; self.categoryID = categoryID; self.mine = mine
            self.assignedToMe = assignedToMe; self.overdue = overdue; self.escalated = escalated; self.text = text
        }
    }

    public func list(_ filter: Filter, page: ListRequest, actor: Actor, now: Date) async throws -> ListPage<Ticket> {
        let query = filtered(filter, actor: actor, now: now)
        let total = try await query.count()
        let records = try await query.copy().sort(\.$submittedAt, .descending)
            .range(page.offset..<(page.offset + page.size)).all()
        return ListPage(items: records.map(\.domain), number: page.number, size: page.size, total: total)
    }

    /// Every matching ticket, newest first, for exports.
    public func all(_ filter: Filter, actor: Actor, now: Date, limit: Int = 50_000) async throws -> [Ticket] {
        try await filtered(filter, actor: actor, now: now).sort(\.$submittedAt, .descending).limit(limit).all().map(\.domain)
    }

    public func find(_ id: Ticket.ID, scope: Scope) async throws -> Ticket { try await record(id, scope: scope).domain }

    func record(_ id: Ticket.ID, scope: Scope, on db: (any Database)? = nil) async throws -> TicketRecord {
        guard let record = try await TicketRecord.query(on: db ?? database).scoped(scope).filter(\.$id == id.rawValue).first()
        else { throw DomainError.notFound }
        return record
    }

    /// The ticket's history, oldest first.
    public func events(of id: Ticket.ID, scope: Scope) async throws -> [TicketEvent] {
        _ = try await record(id, scope: scope)
        return try await TicketEventRecord.query(on: database).filter(\.$ticketID == id.rawValue).sort(\.$at).all().map(\.domain)
    }

    /// How the actor stands to a ticket: requester, handler (its department's staff or a supervisor), or only a reader.
    public func party(_ ticket: Ticket, actor: Actor) -> TicketParty {
        let handles = actor.may(.handleTickets) && actor.scope.includes(school: ticket.schoolID)
            && (actor.scope.grants.contains(.allTickets) || actor.scope.departmentIDs.contains(ticket.departmentID))
        let assigns = handles && (actor.roles.contains(.supervisor) || actor.roles.contains(.departmentLeader))
        return TicketParty(isRequester: actor.personID == ticket.requesterID, isHandler: handles, mayAssignOthers: assigns)
    }

    /// The requester's name where the actor may know it: their own tickets, and tickets not raised anonymously.
    public func requesterNames(of tickets: [Ticket], actor: Actor) async throws -> [Ticket.ID: String] {
        let shown = tickets.filter { !$0.isAnonymous || $0.requesterID == actor.personID }
        let names = try await personNames(Set(shown.map(\.requesterID)))
        return Dictionary(uniqueKeysWithValues: shown.compactMap { t in names[t.requesterID].map { (t.id, $0) } })
    }

    /// Names of responders (assignees, answerers) without a scope check: staff act under their names.
    public func personNames(_ ids: Set<Person.ID>) async throws -> [Person.ID: String] {
        guard !ids.isEmpty else { return [:] }
        let rows = try await (database as! any SQLDatabase).select().columns("id", "name").from("people")
            .where("id", .in, SQLBind.group(ids.map(\.rawValue))).all(decoding: NameRow.self)
        return Dictionary(uniqueKeysWithValues: rows.map { (Person.ID($0.id), $0.name) })
    }

    struct NameRow: Decodable { var id: UUID; var name: String }

    private func filtered(_ filter: Filter, actor: Actor, now: Date) -> QueryBuilder<TicketRecord> {
        let query = TicketRecord.query(on: database).scoped(actor.scope)
        if let status = filter.status { query.filter(\.$status == status.rawValue) }
        if let id = filter.departmentID { query.filter(\.$departmentID == id.rawValue) }
        if let id = filter.categoryID { query.filter(\.$categoryID == id.rawValue) }
        if filter.mine { query.filter(\.$requesterID == (actor.personID?.rawValue ?? UUID())) }
        if filter.assignedToMe { query.filter(\.$assigneeID == (actor.personID?.rawValue ?? UUID())) }
        if filter.overdue {
            query.filter(\.$status ~~ [TicketStatus.submitted.rawValue, TicketStatus.accepted.rawValue]).filter(\.$dueAt <= now)
        }
        if filter.escalated { query.filter(\.$escalation >= Escalation.leader.rawValue) }
        if let pattern = Self.containsPattern(filter.text) {
            query.group(.or) { $0.filter(\.$title, .custom("LIKE"), pattern).filter(\.$body, .custom("LIKE"), pattern) }
        }
        return query
    }

    /// A LIKE pattern for "contains": the typed text's own wildcards are dropped rather than obeyed, since
    /// SQLite and PostgreSQL spell their escape clause alike but not their defaults.
    static func containsPattern(_ text: String?) -> String? {
        guard let text = text?.trimmingCharacters(in: .whitespaces).filter({ $0 != "%" && $0 != "_" && $0 != "\\" }),
              !text.isEmpty else { return nil }
        return "%\(text)%"
    }
}

extension TicketStore {
    /// A ticket in scope by the number people quote.
    public func find(number: Int, school: School.ID, scope: Scope) async throws -> Ticket? {
        try await TicketRecord.query(on: database).scoped(scope).filter(\.$schoolID == school.rawValue)
            .filter(\.$number == number).first()?.domain
    }
}

extension TicketStore {
    /// The ticket a merged one was merged into, anonymised: its requester follows the question there.
    public func mergeTarget(of ticket: Ticket) async throws -> Ticket? {
        guard let target = ticket.mergedInto else { return nil }
        return try await TicketRecord.query(on: database).filter(\.$id == target.rawValue)
            .filter(\.$schoolID == ticket.schoolID.rawValue).first().map { Self.anonymised($0.domain) }
    }
}
