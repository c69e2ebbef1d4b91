import Domain
import Foundation
import SQLKit

/// A school's settings as JSON documents by key (`school_settings`): meeting rules, ticket settings, report
/// settings. Each store reads its document through its domain type and writes it inside its audited transaction.
enum SchoolSettings {
    /// The school's document under `key`, or nil when it has none (the store then uses the standard one).
    static func read<T: Decodable>(_ type: T.Type, key: String, school: School.ID, on sql: any SQLDatabase) async throws -> T? {
        let row = try await sql.select().column("value").from("school_settings")
            .where("school_id", .equal, SQLBind(school.rawValue)).where("key", .equal, SQLBind(key))
            .first(decoding: Row.self)
        return row.flatMap { JSONCoding.decode(type, $0.value) }
    }

    /// Replaces the document under `key`; call it inside the transaction that audits the change.
    static func write<T: Encodable>(_ value: T, key: String, school: School.ID, context: AuditContext, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "school_settings")
            .columns("school_id", "key", "value", "updated_by", "updated_at")
            .values(SQLBind(school.rawValue), SQLBind(key), SQLBind(JSONCoding.encode(value)),
                    SQLBind(context.actor.login), SQLBind(context.now))
            .onConflict(with: ["school_id", "key"]) { $0.set(excludedValueOf: "value").set(excludedValueOf: "updated_by").set(excludedValueOf: "updated_at") }
            .run()
    }

    private struct Row: Decodable { var value: String }
}
