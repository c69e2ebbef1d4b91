import Foundation

/// The demo's 积分制: the standard rules, entries for last year and this year up to the demo's day for every party
/// member (meetings they attended, dues paid on time, study, volunteer hours, the odd honour), capped as the ledger
/// would cap them, some claims of this month still waiting for approval; last year archived with shortlists for
/// 优秀共产党员 and 先进基层党组织 and the committee's final choices.
public struct DemoPoints: Sendable {
    /// A member present at a meeting, as the seeded meetings recorded it.
    public struct Attendance: Sendable {
        public var personID: Person.ID
        public var meetingID: UUID
        public var day: LocalDate
        public init(personID: Person.ID, meetingID: UUID, day: LocalDate) { self.personID = personID; self.meetingID = meetingID; self.day = day }
    }

    public var rules: [PointRule]
    public var entries: [PointEntry]
    public var archivedYear: Int
    public var archive: PointArchive
    public var nominations: [Nomination]

    public static func generate(for demo: DemoUniversity, attendance: [Attendance]) -> DemoPoints {
        var rng = DemoRandom(seed: demo.seed, stream: "points")
        let rules = PointRule.standard(school: demo.school.id)
        let byEvent = Dictionary(uniqueKeysWithValues: rules.map { ($0.event, $0) })
        let zone = demo.school.timeZone, lastYear = demo.today.year - 1
        let members = demo.people.map(\.person).filter { $0.politicalStatus.isPartyMember && $0.organizationID != nil }
        var ledger = Ledger(rules: byEvent, zone: zone)
        for fact in attendance where fact.day.year >= lastYear && fact.day <= demo.today {
            ledger.award(.meetingAttended, fact.personID, quantity: 1, day: fact.day, source: "meeting:\(fact.meetingID.uuidString)")
        }
        for member in members {
            var month = LocalDate(year: lastYear, month: 1, day: 1)!
            while month <= demo.today {
                ledger.month(of: member.id, month, today: demo.today, thisYear: month.year == demo.today.year, rng: &rng)
                month = month.adding(months: 1)
            }
        }
        let archive = DemoPointArchive.archive(ledger.entries, members: members, year: lastYear, school: demo.school.id, zone: zone)
        let nominations = DemoPointArchive.nominations(archive, demo: demo, rng: &rng)
        return DemoPoints(rules: rules, entries: ledger.entries, archivedYear: lastYear, archive: archive, nominations: nominations)
    }

    /// The entries written so far with what each member has earned per rule, day and month, for the caps.
    struct Ledger {
        var rules: [PointEvent: PointRule]
        var zone: TimeZone
        var entries: [PointEntry] = []
        var earned: [String: Int] = [:]

        mutating func award(_ event: PointEvent, _ person: Person.ID, quantity: Int, day: LocalDate, source: String) {
            guard let rule = rules[event] else { return }
            let dayKey = "\(person.rawValue)|\(event.rawValue)|\(day.iso)", monthKey = "\(person.rawValue)|\(event.rawValue)|\(day.year)-\(day.month)"
            var entry = PointLedger.automatic(rule, person: person, quantity: quantity, source: source, day: day,
                                              earned: .init(today: earned[dayKey] ?? 0, thisMonth: earned[monthKey] ?? 0),
                                              by: "system", at: day.start(in: zone).addingTimeInterval(20 * 3600))
            if entry.status == .pending {
                // The demo's claims of the past were approved by the branch secretary when they came in.
                entry = (try? PointLedger.approve(entry, rule: rule, earned: .init(today: earned[dayKey] ?? 0, thisMonth: earned[monthKey] ?? 0),
                                                  by: "demo", at: entry.createdAt)) ?? entry
            }
            guard entry.status != .pending else { return }
            append(entry, dayKey: dayKey, monthKey: monthKey)
        }

        /// A claim of this month still waiting for the secretary.
        mutating func pending(_ event: PointEvent, _ person: Person.ID, quantity: Int, day: LocalDate, evidence: String) {
            guard let rule = rules[event] else { return }
            let points = rule.points(for: quantity)
            entries.append(PointEntry(id: .init(UUID()), schoolID: rule.schoolID, personID: person, ruleID: rule.id, event: event,
                                      quantity: quantity, points: points, requestedPoints: points, day: day, status: .pending,
                                      source: nil, evidence: evidence, proposedBy: "demo", createdAt: day.start(in: zone).addingTimeInterval(21 * 3600)))
        }

        private mutating func append(_ entry: PointEntry, dayKey: String, monthKey: String) {
            entries.append(entry)
            earned[dayKey, default: 0] += entry.points
            earned[monthKey, default: 0] += entry.points
        }

        /// One member's month: dues on the 10th (mostly), study, sometimes volunteering, rarely an honour.
        mutating func month(of person: Person.ID, _ first: LocalDate, today: LocalDate, thisYear: Bool, rng: inout DemoRandom) {
            let key = String(format: "%04d-%02d", first.year, first.month)
            func day(_ d: Int) -> LocalDate? { LocalDate(year: first.year, month: first.month, day: d).flatMap { $0 <= today ? $0 : nil } }
            if rng.chance(0.9), let paid = day(rng.int(in: 3...12)) {
                award(.duesPaidOnTime, person, quantity: 1, day: paid, source: "dues_payment:demo-\(key)")
            }
            for n in 0..<(thisYear ? 2 : 1) where rng.chance(0.8) {
                if let studied = day(rng.int(in: 1...28)) {
                    award(.studyMinutes, person, quantity: rng.pick([30, 60, 90, 120]), day: studied, source: "study:demo-\(key)-\(n)")
                }
            }
            if rng.chance(0.25), let served = day(rng.int(in: 1...28)) {
                if first.year == today.year && first.month == today.month && rng.chance(0.5) {
                    pending(.volunteerHour, person, quantity: rng.int(in: 2...4), day: served, evidence: rng.pick(DemoPointArchive.volunteering))
                } else {
                    award(.volunteerHour, person, quantity: rng.int(in: 2...6), day: served, source: "volunteer:demo-\(key)")
                }
            }
            if rng.chance(0.01), let honoured = day(rng.int(in: 1...28)) {
                award(.honour, person, quantity: 1, day: honoured, source: "honour:demo-\(key)")
            }
        }
    }
}
