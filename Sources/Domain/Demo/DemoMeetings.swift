import Foundation

/// The demo university's organisational life (组织生活): every meeting `MeetingRules.standard` asks of its branches
/// and party groups for the last `years` calendar years up to today, with registers, and the flaws a real school
/// has: about 5% of obligations missed, themed days without dues, branches that fell quiet, joint meetings,
/// members who stopped coming, and a few meetings planned for the coming two weeks.
///
/// Generation is pure and deterministic: the same demo, day, seed and number of years give identical output.
public struct DemoMeetings: Equatable, Sendable {
    public var meetings: [Meeting]
    /// The register of each meeting, index for index with `meetings` (empty for planned ones).
    public var attendance: [[Attendance]]

    public init(meetings: [Meeting] = [], attendance: [[Attendance]] = []) {
        self.meetings = meetings; self.attendance = attendance
    }

    /// How far ahead meetings are already on the calendar.
    public static let planningDays = 14

    public var attendanceCount: Int { attendance.reduce(0) { $0 + $1.count } }

    /// `years` is 1 for the current calendar year only, 2 for it and the previous one, and so on.
    public static func generate(for demo: DemoUniversity, today: LocalDate, seed: UInt64, years: Int = 2) -> DemoMeetings {
        guard years > 0 else { return DemoMeetings() }
        var rng = DemoRandom(seed: seed, stream: "meetings")
        let roster = DemoRoster(people: demo.people, organizations: demo.organizations, transfers: demo.transfers)
        let span = (today.year - years + 1)...today.year
        let plan = DemoMeetingPlan(demo: demo, roster: roster, today: today, years: span, rng: &rng)
        var writer = DemoMeetingWriter(demo: demo, roster: roster, plan: plan, today: today, rng: rng)
        for organization in demo.organizations where organization.kind == .branch || organization.kind == .group {
            for requirement in writer.rules.requirements(for: organization.kind) {
                for year in span {
                    for period in Period.all(in: year, unit: requirement.unit) {
                        writer.fill(organization, requirement, period)
                    }
                }
            }
        }
        return writer.result
    }
}

/// Draws the meetings one obligation at a time.
struct DemoMeetingWriter {
    let demo: DemoUniversity
    let roster: DemoRoster
    let plan: DemoMeetingPlan
    let today: LocalDate
    let horizon: LocalDate
    let rules = MeetingRules.standard
    let people: DemoMeetingPeople
    var rng: DemoRandom
    var result = DemoMeetings()
    /// Branch and year pairs whose secretary has given a lecture (RULES.md §1: at least once a year).
    var secretaryLectured: Set<String> = []

    init(demo: DemoUniversity, roster: DemoRoster, plan: DemoMeetingPlan, today: LocalDate, rng: DemoRandom) {
        self.demo = demo; self.roster = roster; self.plan = plan; self.today = today; self.rng = rng
        horizon = today.adding(days: DemoMeetings.planningDays)
        people = DemoMeetingPeople(demo: demo)
    }

    /// The meeting(s) one organisation owes for one period, unless the plan leaves the obligation unmet.
    mutating func fill(_ organization: Organization, _ requirement: MeetingRequirement, _ period: Period) {
        guard period.firstDay <= horizon, let window = window(of: organization, in: period) else { return }
        let slot = DemoMeetingPlan.Slot(organizationID: organization.id, kind: requirement.kind, period: period)
        if plan.jointlyMet.contains(slot) { return }
        // The year's life meeting, appraisal and talks come in the second half of December.
        if requirement.unit == .year && period.year == today.year && !(today.month == 12 && today.day > 15) { return }
        let branch = organization.kind == .group ? (organization.parentID ?? organization.id) : organization.id
        for _ in 0..<requirement.count {
            let missed = rng.chance(plan.gapRate(of: branch))
            let date = DemoCalendar.day(for: requirement.kind, in: period, window: window, rng: &rng)
            if missed || date > horizon || plan.isQuiet(branch, on: date) { continue }
            add(requirement.kind, host: organization, guests: plan.jointGuests[slot].map { [$0] } ?? [],
                branch: branch, on: date)
        }
    }

    /// The days of the period the organisation existed on (it meets before the day it is dissolved).
    func window(of organization: Organization, in period: Period) -> ClosedRange<LocalDate>? {
        let first = max(period.firstDay, organization.foundedOn ?? period.firstDay)
        let last = min(period.lastDay, organization.dissolvedOn?.adding(days: -1) ?? period.lastDay)
        return first <= last ? first...last : nil
    }

    mutating func add(_ kind: MeetingKind, host: Organization, guests: [Organization.ID], branch: Organization.ID,
                      on date: LocalDate) {
        let (start, length) = DemoCalendar.hours(for: kind, rng: &rng)
        let startsAt = DemoCalendar.instant(date, minutes: start, in: demo.school.timeZone)
        let topic = DemoMeetingTopics.topic(for: kind, on: date, rng: &rng)
        let (place, isOnline) = people.place(for: kind, host: host, branch: branch, topic: topic, on: date,
                                             joint: !guests.isEmpty, rng: &rng)
        let held = date < today
        let register = held ? attendance(kind, host: host, guests: guests, branch: branch, on: date,
                                         startsAt: startsAt, isOnline: isOnline) : []
        // A group (or a branch) with nobody in it that day did not meet.
        if held && register.isEmpty { return }
        let lecturer = kind == .partyLecture ? lecturer(for: branch, on: date, joint: !guests.isEmpty) : nil
        var done = Set(rules.elements(of: kind).map(\.id))
        if kind == .themedPartyDay && rng.chance(DemoMeetingPlan.unpaidDuesRate) { done.remove(RequiredElement.payDues.id) }
        let chair = host.kind == .group ? people.groupLeader(of: host.id, roster: roster, branch: branch, on: date)
            : people.secretaryName(of: branch)
        let minutes = held ? DemoMeetingMinutes.minutes(kind: kind, topic: topic, chair: chair, lecturer: lecturer,
                                                        register: register, done: done, date: date) : ""
        result.meetings.append(Meeting(
            id: Meeting.ID(rng.uuid()), schoolID: demo.school.id, kind: kind, hostOrganizationID: host.id,
            organizationIDs: [host.id] + guests, startsAt: startsAt, endsAt: startsAt.addingTimeInterval(TimeInterval(length * 60)),
            date: date, place: place, isOnline: isOnline, topic: topic, lecturer: lecturer,
            agenda: DemoMeetingMinutes.agenda(kind: kind, topic: topic), minutes: minutes,
            requiredElements: rules.elements(of: kind), elementsDone: held ? done : [], status: held ? .held : .planned))
        result.attendance.append(register)
    }
}
