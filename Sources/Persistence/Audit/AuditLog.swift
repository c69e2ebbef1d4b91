import Domain
import FluentKit
import Foundation
import SQLKit

/// Appends audit events to a hash chain per school: each event's HMAC covers the previous one's,
/// so an edited, inserted or deleted row breaks the chain. Call it inside the transaction of the change.
public struct AuditLog: Sendable {
    let keyring: Keyring

    public init(keyring: Keyring) { self.keyring = keyring }

    static func chain(of school: School.ID?) -> String { school?.rawValue.uuidString.lowercased() ?? "global" }

    public func append(_ event: AuditEvent, on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        let chain = AuditLog.chain(of: event.schoolID)
        // Taking the head's row lock first serialises writers of one chain on PostgreSQL;
        // SQLite serialises all writers anyway.
        try await sql.insert(into: "audit_heads").columns("chain", "sequence", "hash")
            .values(SQLBind(chain), SQLBind(Int64(0)), SQLBind("")).ignoringConflicts().run()
        try await sql.update("audit_heads").set(SQLIdentifier("sequence"), to: SQLRaw("sequence + 1"))
            .where("chain", .equal, chain).run()
        guard let head = try await sql.select().columns("sequence", "hash").from("audit_heads")
            .where("chain", .equal, chain).first(decoding: Head.self) else { throw DomainError.notFound }
        var sealed = event
        sealed.sequence = head.sequence
        // Whole milliseconds survive every engine's datetime column unchanged, so the hash can be recomputed.
        sealed.at = Date(timeIntervalSince1970: (event.at.timeIntervalSince1970 * 1000).rounded(.down) / 1000)
        let hash = keyring.auditHash(sealed.canonical(previousHash: head.hash))
        let record = AuditEventRecord()
        record.chain = chain; record.sequence = sealed.sequence; record.schoolID = event.schoolID?.rawValue
        record.at = sealed.at; record.actorLogin = event.actorLogin; record.action = event.action.rawValue
        record.target = event.target; record.result = event.result.rawValue; record.address = event.address
        record.detail = event.detail; record.previousHash = head.hash; record.hash = hash
        try await record.create(on: database)
        try await sql.update("audit_heads").set("hash", to: hash).where("chain", .equal, chain).run()
    }

    /// Records an event that stands alone (a login, an export) in a write of its own.
    public func record(_ event: AuditEvent, on database: any Database) async throws {
        try await database.writing { tx in try await append(event, on: tx) }
    }

    struct Head: Decodable { var sequence: Int64; var hash: String }
}
