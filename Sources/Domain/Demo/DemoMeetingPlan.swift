/// The deliberate imperfection of the demo's organisational life, decided before any meeting is drawn: branches
/// that fell quiet, sloppy ones, joint meetings of neighbouring branches, and members who stopped coming.
struct DemoMeetingPlan {
    /// Share of a branch's (or group's) obligations simply not met.
    static let gapRate = 0.05
    /// The same for the sloppy branches.
    static let sloppyGapRate = 0.25
    /// Share of themed days whose dues were not collected (recorded, but incomplete).
    static let unpaidDuesRate = 0.04

    /// Branches with a stretch of months without any meeting (their groups are quiet too).
    var quiet: [Organization.ID: ClosedRange<LocalDate>] = [:]
    var sloppy: Set<Organization.ID> = []
    /// A joint meeting hosted by one branch for the slot (kind, period) of both: host slot → the other branch.
    var jointGuests: [Slot: Organization.ID] = [:]
    /// The other branch's slot, already met by the joint meeting.
    var jointlyMet: Set<Slot> = []
    /// Members who stopped attending, from the day given (RULES.md §2: six months is 党章第九条 territory).
    var drifting: [Int: LocalDate] = [:]

    struct Slot: Hashable {
        var organizationID: Organization.ID
        var kind: MeetingKind
        var period: Period
    }

    init(demo: DemoUniversity, roster: DemoRoster, today: LocalDate, years: ClosedRange<Int>, rng: inout DemoRandom) {
        let steady = Self.steadyBranches(demo)
        var pool = steady
        func take() -> Organization.ID? {
            guard !pool.isEmpty else { return nil }
            return pool.remove(at: rng.int(in: 0...pool.count - 1)).id
        }
        // Two branches quiet up to today (the 3-month list shows them), one quiet for four months last year.
        if let id = take() { quiet[id] = today.adding(months: -4)...today.adding(days: 14) }
        if let id = take() { quiet[id] = today.adding(months: -5).adding(days: -10)...today.adding(days: 14) }
        if let id = take() { quiet[id] = LocalDate(year: today.year - 1, month: 3, day: 1)!...LocalDate(year: today.year - 1, month: 6, day: 30)! }
        for _ in 0..<2 { if let id = take() { sloppy.insert(id) } }
        planJointMeetings(among: pool, today: today, years: years, rng: &rng)
        planDrifting(demo: demo, roster: roster, steady: Set(pool.map(\.id)), today: today, rng: &rng)
    }

    /// Branches without a story of their own: not founded or dissolved in the demo's years, not a demo account's.
    static func steadyBranches(_ demo: DemoUniversity) -> [Organization] {
        let accountOrganizations = Set(demo.accounts.flatMap(\.assignments).compactMap(\.organizationID))
        let accountPeople = Set(demo.accounts.compactMap(\.personID))
        let accountBranches = Set(demo.people.filter { accountPeople.contains($0.person.id) }.compactMap(\.person.organizationID))
        let moved = Set(demo.transfers.flatMap { [$0.fromOrganizationID, $0.toOrganizationID].compactMap { $0 } })
        return demo.organizations.filter { branch in
            branch.kind == .branch && branch.dissolvedOn == nil && !moved.contains(branch.id)
                && !accountOrganizations.contains(branch.id) && !accountBranches.contains(branch.id)
                && (branch.foundedOn.map { $0.year < demo.today.year - 3 } ?? true)
        }
    }

    /// Neighbouring branches of one parent pair up; now and then a pair holds a lecture or a themed day together.
    private mutating func planJointMeetings(among branches: [Organization], today: LocalDate, years: ClosedRange<Int>,
                                            rng: inout DemoRandom) {
        let byParent = Dictionary(grouping: branches, by: \.parentID)
        let parents = byParent.keys.compactMap { $0 }.sorted { $0.rawValue.uuidString < $1.rawValue.uuidString }
        for parent in parents {
            let siblings = byParent[parent]!.sorted { $0.name < $1.name }
            for pair in stride(from: 0, to: siblings.count - 1, by: 2) {
                let (host, guest) = (siblings[pair].id, siblings[pair + 1].id)
                for year in years {
                    if rng.chance(0.35) { addJoint(.partyLecture, Period(unit: .quarter, year: year, index: rng.int(in: 1...4)), host, guest, today) }
                    if rng.chance(0.2) { addJoint(.themedPartyDay, Period(unit: .month, year: year, index: rng.int(in: 1...12)), host, guest, today) }
                }
            }
        }
    }

    private mutating func addJoint(_ kind: MeetingKind, _ period: Period, _ host: Organization.ID,
                                   _ guest: Organization.ID, _ today: LocalDate) {
        guard period.lastDay < today else { return }
        jointGuests[Slot(organizationID: host, kind: kind, period: period)] = guest
        jointlyMet.insert(Slot(organizationID: guest, kind: kind, period: period))
    }

    /// A few members of steady branches, in the party over a year and on no committee, stopped coming
    /// six to nine months ago.
    private mutating func planDrifting(demo: DemoUniversity, roster: DemoRoster, steady: Set<Organization.ID>,
                                       today: LocalDate, rng: inout DemoRandom) {
        let accountPeople = Set(demo.accounts.compactMap(\.personID))
        var candidates = steady.sorted { $0.rawValue.uuidString < $1.rawValue.uuidString }.flatMap { branch in
            roster.members(of: branch, on: today).filter { stay in
                !stay.isCommittee && stay.admitted.adding(months: 12) < today
                    && !accountPeople.contains(demo.people[stay.person].person.id)
            }.map(\.person)
        }
        let count = min(candidates.count, max(4, candidates.count / 150))
        for _ in 0..<count {
            let person = candidates.remove(at: rng.int(in: 0...candidates.count - 1))
            drifting[person] = today.adding(months: -rng.int(in: 6...9)).adding(days: -rng.int(in: 0...20))
        }
    }

    func isQuiet(_ branch: Organization.ID, on date: LocalDate) -> Bool { quiet[branch]?.contains(date) ?? false }

    func gapRate(of branch: Organization.ID) -> Double { sloppy.contains(branch) ? Self.sloppyGapRate : Self.gapRate }
}
