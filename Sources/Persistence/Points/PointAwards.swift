import Domain
import FluentKit
import Foundation

/// Automatic points, awarded by other stores inside their own write transaction (a meeting's sign-in, a ticket
/// answered on time, a dues payment, a fulfilled pledge).
public enum PointAwards {
    /// Finds the school's rule for the event (none or disabled: nothing), applies the day and month caps, writes the
    /// ledger entry (pending when the rule needs approval; `capped` with 0 points and the reason when the caps leave
    /// nothing) and its audit event. `(person, event, source)` is unique and checked after the member's lock, so a
    /// retried write never awards twice. `day` is the business day the points belong to (default: today in the
    /// school's time zone); a day of a frozen year awards nothing.
    public static func record(_ event: PointEvent, person: UUID, quantity: Int = 1, source: String, school: School.ID,
                              day: LocalDate? = nil, context: AuditContext, audit: AuditLog, on tx: any Database) async throws {
        guard let rule = try await PointLedgerSQL.rule(event, school: school, on: tx), rule.isEnabled,
              rule.points(for: quantity) > 0 else { return }
        var day = day
        if day == nil { day = try await SchoolStore(database: tx).today(of: school, now: context.now) }
        guard let day else { return }
        guard !(try await PointLedgerSQL.frozenYears(of: school, on: tx)).contains(day.year) else { return }
        let person = Person.ID(person)
        try await PointLedgerSQL.lockMember(person, school: school, on: tx)
        guard !(try await PointLedgerSQL.exists(person, event: event, source: source, on: tx)) else { return }
        let earned = try await PointLedgerSQL.earned(person, event: event, day: day, on: tx)
        let entry = PointLedger.automatic(rule, person: person, quantity: quantity, source: source, day: day, earned: earned,
                                          by: context.actor.login, at: context.now)
        try await PointEntryRecord(entry, key: nil).create(on: tx)
        try await audit.append(context.event(.pointsAwarded, target: "person:\(person.rawValue)", school: school,
                                             detail: "\(event.rawValue) \(source) \(entry.status.rawValue) \(entry.points)"), on: tx)
    }

}
