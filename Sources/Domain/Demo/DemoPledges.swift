import Foundation

/// The demo's 践诺制: most party members pledge for this year (linked to their post or committee duty where they
/// have one), many also pledged last year and were appraised in January; reports, comments by the demo's students and
/// teachers, and the masses' ratings.
public struct DemoPledges: Sendable {
    public struct Comment: Equatable, Sendable {
        public var id: UUID
        public var pledgeID: Pledge.ID
        public var login: String
        public var text: String
        public var at: Date
    }

    public struct Rating: Equatable, Sendable {
        public var pledgeID: Pledge.ID
        public var personID: Person.ID
        public var score: Int
        public var at: Date
    }

    public var pledges: [Pledge] = []
    public var updates: [PledgeUpdate] = []
    public var comments: [Comment] = []
    public var ratings: [Rating] = []

    /// Comments come from the demo's logins of students and teachers (those with a person and such a role).
    static func commenters(_ demo: DemoUniversity) -> [String] {
        let roles: Set<Role> = [.student, .classMonitor, .counselor, .partyMember, .organizationAdmin]
        return demo.accounts.filter { $0.personID != nil && $0.assignments.contains { roles.contains($0.role) } }.map(\.login)
    }

    public static func generate(for demo: DemoUniversity) -> DemoPledges {
        var rng = DemoRandom(seed: demo.seed, stream: "pledges")
        var result = DemoPledges()
        let paths = Dictionary(uniqueKeysWithValues: demo.organizations.map { ($0.id, $0.path) })
        let students = demo.people.filter { $0.person.kind == .student }.map(\.person.id)
        let zone = demo.school.timeZone, today = demo.today
        let commenters = commenters(demo)
        for member in demo.people.map(\.person) where member.politicalStatus.isPartyMember {
            guard let org = member.organizationID, let path = paths[org] else { continue }
            if rng.chance(0.5) {
                result.add(member, org, path, PledgePeriod(year: today.year - 1), today: today, zone: zone,
                           students: students, commenters: commenters, rng: &rng)
            }
            if rng.chance(0.85) {
                result.add(member, org, path, PledgePeriod(year: today.year), today: today, zone: zone,
                           students: students, commenters: commenters, rng: &rng)
            }
        }
        return result
    }

    private mutating func add(_ member: Person, _ org: Organization.ID, _ path: TreePath, _ period: PledgePeriod, today: LocalDate,
                              zone: TimeZone, students: [Person.ID], commenters: [String], rng: inout DemoRandom) {
        let post = member.posts.first
        let (promise, postID, duty) = Self.promise(member, post: post, rng: &rng)
        let published = period.start.adding(days: rng.int(in: 5...60))
        guard published < today else { return }
        let due = period.end.adding(days: -rng.int(in: 0...40))
        var pledge = Pledge(id: .init(rng.uuid()), schoolID: member.schoolID, personID: member.id, organizationID: org,
                            organizationPath: path, draft: PledgeDraft(period: period, promise: promise, dueDate: due,
                                                                       postID: postID, duty: duty),
                            status: .published, createdAt: Self.instant(published, zone, &rng))
        pledge.publishedAt = pledge.createdAt
        let ended = period.hasEnded(today: today)
        if !ended && rng.chance(0.05) {
            pledge.status = .draft; pledge.publishedAt = nil
            pledges.append(pledge)
            return
        }
        var day = published
        for _ in 0..<rng.int(in: ended ? 1...3 : 0...3) {
            day = day.adding(days: rng.int(in: 20...70))
            guard day < today, day < period.end else { break }
            updates.append(PledgeUpdate(id: .init(rng.uuid()), pledgeID: pledge.id, kind: .progress,
                                        report: PledgeReport(text: rng.pick(DemoPledgeTexts.progress)), createdAt: Self.instant(day, zone, &rng)))
            pledge.status = .progressReported
        }
        let reportDay = min(due, today.adding(days: -1))
        if (ended && rng.chance(0.9)) || (due < today && rng.chance(0.6)) || rng.chance(0.15), reportDay > day {
            let evidence = (0..<rng.int(in: 1...3)).map { _ in rng.pick(DemoPledgeTexts.evidence) }
            updates.append(PledgeUpdate(id: .init(rng.uuid()), pledgeID: pledge.id, kind: .fulfilment,
                                        report: PledgeReport(text: rng.pick(DemoPledgeTexts.fulfilment), evidence: Array(Set(evidence)).sorted()),
                                        createdAt: Self.instant(reportDay, zone, &rng)))
            pledge.status = .fulfilmentReported
            day = reportDay
        }
        if ended {
            // Appraised by the committee in the first weeks of the next period.
            let verdict = pledge.status == .fulfilmentReported ? rng.pick(PledgeVerdict.allCases, weights: [80, 17, 3]) : .notFulfilled
            let at = Self.instant(period.end.adding(days: rng.int(in: 8...25)), zone, &rng)
            pledge.appraisal = PledgeAppraisal(verdict: verdict, remark: rng.pick(DemoPledgeTexts.remarks[verdict]!), by: "demo", at: at)
            pledge.status = .appraised
        }
        pledge.updatedAt = max(pledge.createdAt, pledge.appraisal?.at ?? Self.instant(day, zone, &rng))
        pledges.append(pledge)
        addSupervision(pledge, published: published, today: today, zone: zone, students: students, commenters: commenters, rng: &rng)
    }

    private mutating func addSupervision(_ pledge: Pledge, published: LocalDate, today: LocalDate, zone: TimeZone,
                                         students: [Person.ID], commenters: [String], rng: inout DemoRandom) {
        let span = max(1, published.days(until: min(today, pledge.period.end)))
        if !commenters.isEmpty {
            for _ in 0..<rng.int(in: 0...2) {
                comments.append(Comment(id: rng.uuid(), pledgeID: pledge.id, login: rng.pick(commenters),
                                        text: rng.pick(DemoPledgeTexts.comments),
                                        at: Self.instant(published.adding(days: rng.int(in: 1...span)), zone, &rng)))
            }
        }
        guard !students.isEmpty else { return }
        var raters = Set<Person.ID>()
        for _ in 0..<rng.int(in: 0...6) { raters.insert(rng.pick(students)) }
        for rater in raters.sorted(by: { $0.rawValue.uuidString < $1.rawValue.uuidString }) where rater != pledge.personID {
            ratings.append(Rating(pledgeID: pledge.id, personID: rater, score: rng.pick([5, 4, 3, 2], weights: [60, 30, 8, 2]),
                                  at: Self.instant(published.adding(days: rng.int(in: 1...span)), zone, &rng)))
        }
    }

    /// A post's promise for its holder, a duty's for a committee member, else one for students, staff or retirees.
    private static func promise(_ member: Person, post: Post?, rng: inout DemoRandom) -> (String, Post.ID?, CommitteeRole?) {
        if let post, rng.chance(0.8) { return (rng.pick(DemoPledgeTexts.postPromises(post.title)), post.id, nil) }
        if let duty = member.committeeRole, let text = DemoPledgeTexts.dutyPromises[duty], rng.chance(0.7) { return (text, nil, duty) }
        switch member.kind {
        case .student: return (rng.pick(DemoPledgeTexts.studentPromises), nil, nil)
        case .staff: return (rng.pick(DemoPledgeTexts.staffPromises), nil, nil)
        case .retired: return (rng.pick(DemoPledgeTexts.retiredPromises), nil, nil)
        }
    }

    /// A working-hours instant of a day, whole seconds.
    private static func instant(_ day: LocalDate, _ zone: TimeZone, _ rng: inout DemoRandom) -> Date {
        day.start(in: zone).addingTimeInterval(Double(rng.int(in: 8 * 3_600...21 * 3_600)))
    }
}
