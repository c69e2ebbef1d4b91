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

extension PointAwards {
    /// Keeps an automatic award in step with the record it came from when that record changes afterwards (a member
    /// marked present, then absent, then present again): the ledger stays append-only, so the award is taken back
    /// or restored by a correction entry naming it. Without an award yet, a `deserved` one is recorded as usual. A
    /// pending award is left to its approver; a frozen year is never touched.
    public static func follow(_ event: PointEvent, deserved: Bool, person: UUID, source: String, school: School.ID,
                              day: LocalDate, reason: Message, context: AuditContext, audit: AuditLog,
                              on tx: any Database) async throws {
        let award = try await PointEntryRecord.query(on: tx).filter(\.$personID == person).filter(\.$event == event.rawValue)
            .filter(\.$source == source).filter(\.$correctsID == nil).first()
        guard let award else {
            if deserved {
                try await record(event, person: person, source: source, school: school, day: day, context: context, audit: audit, on: tx)
            }
            return
        }
        let entry = award.domain
        guard entry.status == .approved, entry.points > 0,
              !(try await PointLedgerSQL.frozenYears(of: school, on: tx)).contains(entry.day.year) else { return }
        try await PointLedgerSQL.lockMember(entry.personID, school: school, on: tx)
        let soFar = try await PointLedgerSQL.correctedSoFar(entry.id, on: tx)
        let change = (deserved ? entry.points : 0) - (entry.points + soFar)
        guard change != 0 else { return }
        try await PointLedgerSQL.writeCorrection(of: entry, points: change, correctedSoFar: soFar, reason: reason.zh,
                                                 context: context, audit: audit, on: tx)
    }
}
