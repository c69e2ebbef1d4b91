import Domain
import FluentKit
import Foundation
import SQLKit

/// Students' consents to the processing of their health answers: one row per grant, closed on revocation.
public struct HealthConsentStore: Sendable {
    let database: any Database
    let audit: AuditLog

    /// The consent in force for a person, if any.
    public func current(of person: Person.ID) async throws -> HealthConsent? {
        try await sql.select().columns("text_version", "granted_at", "revoked_at").from("health_consents")
            .where("person_id", .equal, SQLBind(person.rawValue)).where(SQLColumn("revoked_at"), .is, SQLLiteral.null)
            .orderBy("granted_at", .descending).limit(1).first(decoding: Row.self)?.consent
    }

    /// Records the actor's consent; granting twice keeps the first.
    public func grant(context: AuditContext) async throws {
        let (person, school) = try Self.student(context.actor)
        try await database.writing { tx in
            let sql = tx as! any SQLDatabase
            let open = try await sql.select().column("id").from("health_consents")
                .where("person_id", .equal, SQLBind(person.rawValue)).where(SQLColumn("revoked_at"), .is, SQLLiteral.null)
                .first()
            guard open == nil else { return }
            try await sql.insert(into: "health_consents").columns("id", "school_id", "person_id", "text_version", "granted_at")
                .values(SQLBind(UUID()), SQLBind(school.rawValue), SQLBind(person.rawValue),
                        SQLBind(HealthConsent.currentTextVersion), SQLBind(context.now)).run()
            try await audit.append(context.event(.healthConsentGranted, target: "person:\(person.rawValue)", school: school,
                                                 detail: "text \(HealthConsent.currentTextVersion)"), on: tx)
        }
    }

    /// Withdraws the actor's consent: from now on the health questions are not asked.
    public func revoke(context: AuditContext) async throws {
        let (person, school) = try Self.student(context.actor)
        try await database.writing { tx in
            try await (tx as! any SQLDatabase).update("health_consents").set("revoked_at", to: SQLBind(context.now))
                .where("person_id", .equal, SQLBind(person.rawValue)).where(SQLColumn("revoked_at"), .is, SQLLiteral.null).run()
            try await audit.append(context.event(.healthConsentRevoked, target: "person:\(person.rawValue)", school: school), on: tx)
        }
    }

    /// The people among these whose consent is in force (one query for a group of reports).
    static func consenting(_ people: [UUID], on sql: any SQLDatabase) async throws -> Set<UUID> {
        guard !people.isEmpty else { return [] }
        return Set(try await consentingQuery(people, on: sql).all(decoding: PersonRow.self).map(\.person_id))
    }

    static func consentingQuery(_ people: [UUID], on sql: any SQLDatabase) -> SQLSelectBuilder {
        sql.select().column("person_id").from("health_consents")
            .where("person_id", .in, SQLBind.group(people)).where(SQLColumn("revoked_at"), .is, SQLLiteral.null)
    }

    static func student(_ actor: Actor) throws -> (Person.ID, School.ID) {
        guard let person = actor.personID, let school = actor.schoolID else { throw DomainError.forbidden }
        return (person, school)
    }

    private var sql: any SQLDatabase { database as! any SQLDatabase }

    struct Row: Decodable {
        var text_version: String, granted_at: Date, revoked_at: Date?
        var consent: HealthConsent { HealthConsent(textVersion: text_version, grantedAt: granted_at, revokedAt: revoked_at) }
    }

    struct PersonRow: Decodable { var person_id: UUID }
}
