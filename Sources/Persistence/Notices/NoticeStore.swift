import Domain
import FluentKit
import Foundation
import SQLKit

/// An in-app notice to one person (a reminder that a meeting is owed, for now).
public struct Notice: Equatable, Sendable, Identifiable {
    public var id: UUID
    public var title: String
    public var body: String
    public var link: String?
    public var createdAt: Date
    public var readAt: Date?
}

public struct NoticeStore: Sendable {
    let database: any Database
    let audit: AuditLog

    /// The actor's own notices, newest first.
    public func mine(_ actor: Actor, limit: Int = 100) async throws -> [Notice] {
        guard let person = actor.personID else { return [] }
        return try await (database as! any SQLDatabase).select().columns("id", "title", "body", "link", "created_at", "read_at")
            .from("notices").where("person_id", .equal, SQLBind(person.rawValue))
            .orderBy("created_at", .descending).limit(limit).all(decoding: Row.self).map(\.notice)
    }

    public func unreadCount(_ actor: Actor) async throws -> Int {
        guard let person = actor.personID else { return 0 }
        return try await (database as! any SQLDatabase).select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from("notices").where("person_id", .equal, SQLBind(person.rawValue)).where("read_at", .is, SQLLiteral.null)
            .first(decoding: CountRow.self)?.n ?? 0
    }

    /// Marks the actor's own notice read; someone else's answers like a missing one.
    public func markRead(_ id: UUID, context: AuditContext) async throws {
        guard let person = context.actor.personID else { throw DomainError.notFound }
        try await database.writing { tx in
            let sql = tx as! any SQLDatabase
            let found = try await sql.select().column("id").from("notices").where("id", .equal, SQLBind(id))
                .where("person_id", .equal, SQLBind(person.rawValue)).first()
            guard found != nil else { throw DomainError.notFound }
            try await sql.update("notices").set("read_at", to: SQLBind(context.now)).where("id", .equal, SQLBind(id))
                .where("read_at", .is, SQLLiteral.null).run()
            try await audit.append(context.event(.noticeRead, target: "notice:\(id)", school: nil), on: tx)
        }
    }

    /// Adds a notice inside the caller's transaction.
    func insert(school: School.ID, person: Person.ID, title: String, body: String, link: String?, now: Date, on tx: any Database) async throws {
        try await (tx as! any SQLDatabase).insert(into: "notices")
            .columns("id", "school_id", "person_id", "title", "body", "link", "created_at")
            .values(SQLBind(UUID()), SQLBind(school.rawValue), SQLBind(person.rawValue), SQLBind(title), SQLBind(body),
                    SQLBind(link), SQLBind(now))
            .run()
    }

    struct Row: Decodable {
        var id: UUID; var title: String; var body: String; var link: String?; var created_at: Date; var read_at: Date?
        var notice: Notice { Notice(id: id, title: title, body: body, link: link, createdAt: created_at, readAt: read_at) }
    }

    struct CountRow: Decodable { var n: Int }
}
