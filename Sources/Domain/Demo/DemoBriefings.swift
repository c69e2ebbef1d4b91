import Foundation

/// The demo's 工作通报面对面: one session a month for the twelve months before today, on the first working day from
/// the 18th at 14:30. Three or four departments report (their summaries quote last month's tickets), six to ten
/// student and teacher representatives come from the colleges, and three to eight questions raised there become
/// tickets, about half of them answered on the spot by the department's leader.
struct DemoBriefings {
    var draw: DemoTicketDraw
    let departments: [Department]
    let teams: [Department.ID: DemoTicketPeople.Team]
    var briefings: [Briefing] = []
    var questions: [DemoTicketSeed] = []

    static let sessions = 12
    static let onSpotRate = 0.5
    static let places = ["行政楼第一会议室", "学生活动中心报告厅", "图书馆报告厅", "大学生活动中心二楼多功能厅"]
    static let themes = ["寒假离校与安全", "春季开学准备", "新学期教学秩序", "校园环境与后勤服务", "学风建设与考试安排",
                         "毕业季服务保障", "暑期安全与社会实践", "迎新准备", "迎新与开学保障", "宿舍管理与校园安全",
                         "冬季后勤保障", "期末考试与寒假离校"]

    /// The session days: the latest twelve months whose session falls before today.
    static func days(before today: LocalDate, calendar: WorkCalendar) -> [LocalDate] {
        var days: [LocalDate] = []
        var month = LocalDate(year: today.year, month: today.month, day: 1)!
        while days.count < sessions {
            var day = month.adding(days: 17)
            while !calendar.isWorkingDay(day) { day = day.adding(days: 1) }
            if day < today { days.insert(day, at: 0) }
            month = month.adding(months: -1)
        }
        return days
    }

    mutating func plan(schoolID: School.ID, today: LocalDate) {
        for day in Self.days(before: today, calendar: draw.time.calendar) {
            var rng = draw.rng
            let id = Briefing.ID(rng.uuid())
            var pool = departments
            let reporting = (0..<rng.int(in: 3...4)).map { _ in pool.remove(at: rng.int(in: 0...pool.count - 1)) }
            let (representatives, persons) = representatives(rng: &rng)
            draw.rng = rng
            briefings.append(Briefing(
                id: id, schoolID: schoolID, heldOn: day, title: "\(day.year)年\(day.month)月工作通报面对面：\(Self.themes[day.month - 1])",
                place: draw.rng.pick(Self.places), reports: reporting.map { .init(departmentID: $0.id, summary: "") },
                representatives: representatives))
            addQuestions(id: id, day: day, reporting: Set(reporting.map(\.id)), askers: persons)
        }
    }

    /// Representatives of consecutive colleges, each a different person: students mostly, some teachers.
    private func representatives(rng: inout DemoRandom) -> ([Briefing.Representative], [Int]) {
        let colleges = draw.people.colleges
        guard !colleges.isEmpty else { return ([], []) }
        let offset = rng.int(in: 0...colleges.count - 1)
        var chosen: [Int] = [], result: [Briefing.Representative] = []
        for i in 0..<rng.int(in: 6...10) {
            let college = colleges[(offset + i) % colleges.count].id
            let teachers = draw.people.teachersByCollege[college] ?? [], students = draw.people.studentsByCollege[college] ?? []
            let teacher = !teachers.isEmpty && (students.isEmpty || rng.chance(0.3))
            let pool = teacher ? teachers : students
            guard !pool.isEmpty else { continue }
            var person = rng.pick(pool)
            for _ in 0..<5 where chosen.contains(person) { person = rng.pick(pool) }
            if chosen.contains(person) { continue }
            chosen.append(person)
            result.append(.init(name: draw.people.people[person].person.name, kind: teacher ? .teacher : .student, collegeID: college))
        }
        return (result, chosen)
    }

    private mutating func addQuestions(id: Briefing.ID, day: LocalDate, reporting: Set<Department.ID>, askers: [Int]) {
        guard !askers.isEmpty else { return }
        let categories = draw.categories, reported = categories.filter { reporting.contains($0.departmentID) }
        var at = draw.time.instant(day, minutes: 15 * 60)
        for _ in 0..<draw.rng.int(in: 3...8) {
            let requester = draw.rng.pick(askers)
            let category = !reported.isEmpty && draw.rng.chance(0.6) ? draw.rng.pick(reported) : draw.rng.pick(categories)
            var seed = draw.make(at: at, requester: requester, category: category)
            seed.channel = .briefing; seed.briefingID = id
            seed.plan.merges = false
            if draw.rng.chance(Self.onSpotRate), let leader = teams[category.departmentID]?.leader {
                seed.answeredOnSpotBy = leader
                seed.plan.outcome = draw.rng.chance(0.4) ? .rate(draw.rng.pick([4, 5, 5])) : .leave
            }
            questions.append(seed)
            at = at.addingTimeInterval(TimeInterval(draw.rng.int(in: 6...14) * 60))
        }
    }

    /// Each report opens with last month's tickets of its department (`tickets`: those raised outside briefings).
    mutating func summarise(from tickets: [DemoTicketSeed]) {
        var counts: [String: Int] = [:]
        for seed in tickets {
            let day = draw.time.day(of: seed.submittedAt)
            counts["\(seed.category.departmentID.rawValue)|\(day.year)-\(day.month)", default: 0] += 1
        }
        let names = Dictionary(uniqueKeysWithValues: departments.map { ($0.id, $0.name) })
        for b in briefings.indices {
            let previous = LocalDate(year: briefings[b].heldOn.year, month: briefings[b].heldOn.month, day: 1)!.adding(months: -1)
            for r in briefings[b].reports.indices {
                let department = briefings[b].reports[r].departmentID
                let count = counts["\(department.rawValue)|\(previous.year)-\(previous.month)"] ?? 0
                let work = draw.rng.pick(DemoBriefingTexts.summaries[names[department] ?? ""] ?? DemoBriefingTexts.general)
                briefings[b].reports[r].summary = (count > 0 ? "\(previous.month)月共受理师生诉求\(count)件。" : "") + work
            }
        }
    }
}
