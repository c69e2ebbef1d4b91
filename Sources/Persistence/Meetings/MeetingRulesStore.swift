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
        try await SchoolSettings.read(MeetingRules.self, key: Self.key, school: school, on: database as! any SQLDatabase) ?? .standard
    }

    /// Replaces the school's rules. Only an actor whose scope is the whole school may.
    public func save(_ rules: MeetingRules, for school: School.ID, context: AuditContext) async throws {
        guard context.actor.scope.isEverything, context.actor.scope.includes(school: school) else { throw DomainError.forbidden }
        let rules = try rules.validated()
        try await database.writing { tx in
            try await SchoolSettings.write(rules, key: Self.key, school: school, context: context, on: tx as! any SQLDatabase)
            try await audit.append(context.event(.meetingRulesChanged, target: "school:\(school.rawValue)", school: school,
                                                 detail: rules.requirements.map { "\($0.kind.rawValue)=\($0.count)/\($0.unit.rawValue)" }.joined(separator: ",")), on: tx)
        }
    }
}
