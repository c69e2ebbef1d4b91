import Domain
import FluentKit
import Foundation
import SQLKit

/// A school's rules of organisational life, kept as one JSON document; the standard rules until it sets its own.
public struct MeetingRulesStore: Sendable {
    let database: any Database
    let audit: AuditLog

    static let key = "meeting_rules"

    public func rules(of school: School.ID) async throws -> MeetingRules {
        let row = try await (database as! any SQLDatabase).select().column("value").from("school_settings")
            .where("school_id", .equal, SQLBind(school.rawValue)).where("key", .equal, SQLBind(Self.key))
            .first(decoding: Row.self)
        return row.flatMap { JSONCoding.decode(MeetingRules.self, $0.value) } ?? .standard
    }

    /// Replaces the school's rules. Only an actor whose scope is the whole school may.
    public func save(_ rules: MeetingRules, for school: School.ID, context: AuditContext) async throws {
        guard context.actor.scope.isEverything, context.actor.scope.includes(school: school) else { throw DomainError.forbidden }
        let rules = try rules.validated()
        let value = JSONCoding.encode(rules)
        try await database.writing { tx in
            try await (tx as! any SQLDatabase).insert(into: "school_settings")
                .columns("school_id", "key", "value", "updated_by", "updated_at")
                .values(SQLBind(school.rawValue), SQLBind(Self.key), SQLBind(value), SQLBind(context.actor.login), SQLBind(context.now))
                .onConflict(with: ["school_id", "key"]) { $0.set(excludedValueOf: "value").set(excludedValueOf: "updated_by").set(excludedValueOf: "updated_at") }
                .run()
            try await audit.append(context.event(.meetingRulesChanged, target: "school:\(school.rawValue)", school: school,
                                                 detail: rules.requirements.map { "\($0.kind.rawValue)=\($0.count)/\($0.unit.rawValue)" }.joined(separator: ",")), on: tx)
        }
    }

    struct Row: Decodable { var value: String }
}
