import Foundation

/// Draws the demo's tickets as raised: when (more in term time and on working days, mostly in the daytime and
/// evening), by whom (students and teachers), about what, through which channel, and what will become of them.
struct DemoTicketDraw {
    let people: DemoTicketPeople
    let categories: [TicketCategory]
    let departmentNames: [Department.ID: String]
    let time: DemoTicketTime
    let today: LocalDate
    var rng: DemoRandom
    private let studentWeights: [Int]
    private let teacherWeights: [Int]

    /// Tickets a month, relative (January and February, July and August are vacations).
    static let monthWeights = [5, 4, 12, 11, 10, 11, 5, 4, 14, 10, 11, 12]
    static let hourWeights = [1, 0, 0, 0, 0, 0, 1, 3, 8, 10, 10, 8, 5, 6, 9, 9, 8, 6, 5, 7, 9, 9, 6, 3]
    static let studentShare = 0.85
    static let transferRate = 0.05
    /// Where students and teachers meet a visiting leader (七进).
    static let studentPlaces: [VisitPlace] = [.classroom, .classGroup, .dormitory, .canteen, .club, .lecture, .online]
    static let studentPlaceWeights = [2, 2, 3, 3, 1, 1, 1]
    static let teacherPlaces: [VisitPlace] = [.classroom, .lecture, .online]

    init(people: DemoTicketPeople, departments: [Department], categories: [TicketCategory], time: DemoTicketTime,
         today: LocalDate, rng: DemoRandom) {
        self.people = people; self.categories = categories; self.time = time; self.today = today; self.rng = rng
        departmentNames = Dictionary(uniqueKeysWithValues: departments.map { ($0.id, $0.name) })
        let specs = categories.map(DemoDepartments.spec(of:))
        studentWeights = specs.map { $0?.students ?? 1 }
        teacherWeights = specs.map { $0?.teachers ?? 1 }
    }

    /// `count` tickets over the 365 days before today. Those of the last `backlogDays` days stay unanswered.
    mutating func regular(_ count: Int, backlogDays: Int) -> [DemoTicketSeed] {
        guard count > 0, !people.students.isEmpty || !people.teachers.isEmpty else { return [] }
        let first = today.adding(days: -365)
        var cumulative: [Int] = [], total = 0
        for offset in 0..<365 {
            let day = first.adding(days: offset)
            total += Self.monthWeights[day.month - 1] * (time.calendar.isWorkingDay(day) ? 10 : 6)
            cumulative.append(total)
        }
        let backlog = time.now.addingTimeInterval(-TimeInterval(backlogDays * 86_400))
        return (0..<count).map { _ in
            let roll = rng.int(in: 0...total - 1)
            var low = 0, high = cumulative.count - 1
            while low < high { let mid = (low + high) / 2; if cumulative[mid] > roll { high = mid } else { low = mid + 1 } }
            let hour = rng.pick(Array(0..<24), weights: Self.hourWeights)
            let at = time.instant(first.adding(days: low), minutes: hour * 60 + rng.int(in: 0...59))
            var seed = raise(at: at)
            if backlogDays > 0 && at >= backlog {
                seed.plan.outcome = .open; seed.plan.merges = false; seed.plan.reopens = false
            }
            return seed
        }
    }

    /// One ticket by a student or teacher drawn at random, about a category they would raise.
    mutating func raise(at: Date) -> DemoTicketSeed {
        let student = people.teachers.isEmpty || (!people.students.isEmpty && rng.chance(Self.studentShare))
        let requester = student ? rng.pick(people.students) : rng.pick(people.teachers)
        let category = rng.pick(categories, weights: student ? studentWeights : teacherWeights)
        var seed = make(at: at, requester: requester, category: category)
        let roll = rng.int(in: 1...100)
        if roll <= 12 && student {
            seed.channel = .suggestionBox
            seed.isAnonymous = rng.chance(0.45)
        } else if roll > 90 {
            seed.channel = .visit
            seed.visitPlace = student ? rng.pick(Self.studentPlaces, weights: Self.studentPlaceWeights) : rng.pick(Self.teacherPlaces)
        } else {
            seed.isAnonymous = rng.chance(0.07)
        }
        seed.isPublishable = rng.chance(seed.isAnonymous ? 0.6 : 0.75)
        if rng.chance(Self.transferRate) {
            let elsewhere = categories.filter { $0.departmentID != category.departmentID }
            if !elsewhere.isEmpty {
                seed.raisedUnder = rng.pick(elsewhere)
                seed.transferNote = DemoTicketTexts.transferNote(to: departmentNames[category.departmentID] ?? "")
            }
        }
        return seed
    }

    /// A ticket's texts and plan: a question of the category, with its answer, naming the requester's own room.
    mutating func make(at: Date, requester: Int, category: TicketCategory) -> DemoTicketSeed {
        let text = DemoTicketTexts.text(for: category.name)
        let index = rng.int(in: 0...text.questions.count - 1)
        let fill = DemoTicketFill(dorm: people.dorm(of: requester), rng: &rng)
        let recent = at > time.now.addingTimeInterval(-TimeInterval(DemoTicketPlan.stalledDays * 86_400))
        return DemoTicketSeed(submittedAt: at, requester: requester, category: category,
                              title: fill.apply(text.questions[index].title), body: fill.apply(text.questions[index].body),
                              answer: fill.apply(text.answers[index % text.answers.count]),
                              plan: DemoTicketPlan.draw(recent: recent, rng: &rng))
    }

    /// `student1`'s own tickets, so that the demo shows a student's list: two rated, one confirmed automatically,
    /// one answered a day or two ago and waiting for a rating, one raised last night and still open.
    mutating func student1() -> [DemoTicketSeed] {
        guard let student = people.student1 else { return [] }
        func category(_ name: String) -> TicketCategory? { categories.first { $0.name == name } }
        let calendar = time.calendar
        var answerDay = calendar.workingDay(before: today)
        if answerDay < today.adding(days: -5) { answerDay = today.adding(days: -1) }
        let raisedDay = calendar.workingDay(before: answerDay)
        let plans: [(String, LocalDate, Int, DemoTicketPlan.Outcome, LocalDate?)] = [
            ("宿舍维修", today.adding(days: -200), 21 * 60 + 10, .rate(5), nil),
            ("课程与考试", today.adding(days: -95), 10 * 60 + 20, .rate(4), nil),
            ("图书借阅", today.adding(days: -33), 15 * 60 + 45, .leave, nil),
            (DemoDepartments.studentAffairsCategory, raisedDay, 10 * 60 + 5, .leave, answerDay),
            ("网络故障", today.adding(days: -1), 21 * 60 + 40, .open, nil),
        ]
        return plans.compactMap { name, day, minutes, outcome, answer in
            guard let category = category(name) else { return nil }
            var seed = make(at: time.instant(day, minutes: minutes), requester: student, category: category)
            seed.plan = DemoTicketPlan(outcome: outcome, answerDay: answer)
            return seed
        }
    }
}
