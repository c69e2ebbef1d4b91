import Foundation

/// A student's leave application in the demo's leave/return ledger (师生流动台账), at some stage of its life.
public struct DemoLeave: Equatable, Sendable {
    public enum Status: String, CaseIterable, Sendable { case pending, approved, left, returned, refused }

    public var id: UUID
    public var reporter: Int
    public var personID: Person.ID
    public var firstDay: LocalDate
    public var lastDay: LocalDate
    public var destination: String
    public var reason: String
    public var status: Status
    public var decidedAt: Date?
    public var decisionNote: String?
    public var leftAt: Date?
    public var leftDay: LocalDate?
    public var returnedAt: Date?
    public var returnedDay: LocalDate?
    public var createdAt: Date
    public var updatedAt: Date

    /// On leave on `day`: approved, left or returned, within the days asked for, and not yet back.
    public func isAway(on day: LocalDate) -> Bool {
        [.approved, .left, .returned].contains(status) && firstDay <= day && day <= lastDay
            && (returnedDay.map { day < $0 } ?? true)
    }

    /// The days the student is on leave, if any.
    var awayDays: ClosedRange<LocalDate>? {
        guard [.approved, .left, .returned].contains(status) else { return nil }
        let end = returnedDay.map { min(lastDay, $0.adding(days: -1)) } ?? lastDay
        return firstDay <= end ? firstDay...end : nil
    }

    static let reasons = ["回家探亲", "参加学科竞赛", "实习面试", "看病就医", "家中有事", "参加学术会议"]

    /// Eight applications a college, from its students: returned ones of the past weeks, some away now, approved
    /// and pending ones for the coming days, and one refused.
    static func draw(reporters: [DemoReporter], today: LocalDate, timeZone: TimeZone,
                     rng: inout DemoRandom) -> [DemoLeave] {
        let colleges = Dictionary(grouping: reporters.indices.filter { reporters[$0].collegeID != nil }) { reporters[$0].collegeID! }
        let plan: [Status] = [.returned, .returned, .returned, .left, .left, .approved, .pending, .refused]
        var result: [DemoLeave] = []
        for college in colleges.keys.sorted(by: { $0.rawValue.uuidString < $1.rawValue.uuidString }) {
            let students = colleges[college]!
            var chosen = Set<Int>()
            for status in plan where chosen.count < students.count {
                var index = rng.pick(students)
                while chosen.contains(index) { index = rng.pick(students) }
                chosen.insert(index)
                result.append(leave(status, of: index, reporters[index], today: today, timeZone: timeZone, rng: &rng))
            }
        }
        return result.sorted { ($0.createdAt, $0.reporter) < ($1.createdAt, $1.reporter) }
    }

    private static func leave(_ status: Status, of index: Int, _ reporter: DemoReporter, today: LocalDate,
                              timeZone: TimeZone, rng: inout DemoRandom) -> DemoLeave {
        func at(_ day: LocalDate, _ hours: ClosedRange<Int>) -> Date {
            DemoCalendar.instant(day, minutes: rng.int(in: hours.lowerBound * 60...hours.upperBound * 60), in: timeZone)
        }
        let first: LocalDate = switch status {
        case .returned: today.adding(days: -rng.int(in: 8...50))
        case .left: today.adding(days: -rng.int(in: 1...5))
        case .refused: today.adding(days: rng.int(in: -20...5))
        case .approved, .pending: today.adding(days: rng.int(in: 1...10))
        }
        let last = first.adding(days: status == .left ? rng.int(in: 6...12) : rng.int(in: 1...6))
        // Asked for a few days ahead; a pending one yesterday, at the latest.
        let asked = min(first.adding(days: -rng.int(in: 1...5)), today.adding(days: -1))
        let created = at(asked, 8...21)
        var leave = DemoLeave(id: rng.uuid(), reporter: index, personID: reporter.personID, firstDay: first, lastDay: last,
                              destination: reporter.homeCity, reason: rng.pick(reasons), status: status, createdAt: created,
                              updatedAt: created)
        guard status != .pending else { return leave }
        leave.decidedAt = created.addingTimeInterval(Double(rng.int(in: 30...600) * 60))
        leave.decisionNote = status == .refused ? "请补充证明材料后重新申请" : rng.chance(0.5) ? "注意安全，按时返校" : nil
        leave.updatedAt = leave.decidedAt!
        if status == .left || status == .returned {
            leave.leftDay = first; leave.leftAt = at(first, 7...18); leave.updatedAt = leave.leftAt!
        }
        if status == .returned {
            // Most come back the day after the last day asked for, some early.
            let back = rng.chance(0.7) ? last.adding(days: 1) : first.adding(days: rng.int(in: 1...max(1, last.dayNumber - first.dayNumber)))
            leave.returnedDay = back; leave.returnedAt = at(back, 9...21); leave.updatedAt = leave.returnedAt!
        }
        return leave
    }
}
