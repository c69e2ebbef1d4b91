import Foundation
import Tagged

/// A whole demo university, generated from a seed: the party tree, the campus grid, students and staff
/// with party records at every stage, and one demo account per role.
///
/// Generation is pure and deterministic: the same seed, student count and `today` give identical output
/// (no system randomness, no clock). Different seeds give different IDs, names and dates.
public struct DemoUniversity: Equatable, Sendable {
    /// The password of every demo account. It is on the common-password list, so no one can choose it
    /// for a real account.
    public static let demoPassword = "zhibu-demo-2026"
    /// The fewest students generated, so that a counsellor's classes hold a monitor and another student.
    public static let minimumStudents = 200

    public var school: School
    /// Parent before child: the school committee, each college committee with its general branch,
    /// branches and groups, then the 机关 and 离退休 general branches.
    public var organizations: [Organization]
    /// Parent before child: colleges, majors by grade, classes, dorms.
    public var gridUnits: [GridUnit]
    /// Students class by class, then staff and retirees.
    public var people: [DemoPerson]
    /// Every counsellor with the classes they look after (about nine each, of one college).
    public var counselors: [DemoCounselor]
    /// admin, security, auditor, org, college1, branch1, counselor1, monitor1, member1, student1, responder1,
    /// leader1, supervisor1.
    public var accounts: [DemoAccount]
    /// Moves between branches: into the branches founded this year, out of the one dissolved last year.
    public var transfers: [Transfer]
    /// 职能部门 (`DemoDepartments`) and the categories of tickets each answers, with their time limits.
    public var departments: [Department]
    public var ticketCategories: [TicketCategory]
    /// The seed and the day the university was generated for, which its meetings (`DemoMeetings`) follow.
    public var seed: UInt64
    public var today: LocalDate

    public init(school: School, organizations: [Organization], gridUnits: [GridUnit], people: [DemoPerson],
                counselors: [DemoCounselor], accounts: [DemoAccount], transfers: [Transfer] = [],
                departments: [Department] = [], ticketCategories: [TicketCategory] = [], seed: UInt64, today: LocalDate) {
        self.school = school; self.organizations = organizations; self.gridUnits = gridUnits
        self.people = people; self.counselors = counselors; self.accounts = accounts
        self.transfers = transfers; self.departments = departments; self.ticketCategories = ticketCategories
        self.seed = seed; self.today = today
    }

    /// Builds the university. `students` below `minimumStudents` is raised to it; `today` fixes the grades
    /// on campus and the latest stage date.
    public static func generate(seed: UInt64 = 2026, students: Int = 20_000, today: LocalDate) -> DemoUniversity {
        var schoolRandom = DemoRandom(seed: seed, stream: "school")
        let school = School(id: School.ID(schoolRandom.uuid()), code: DemoCatalog.schoolCode,
                            name: DemoCatalog.schoolName)
        var gridRandom = DemoRandom(seed: seed, stream: "grid")
        let grid = DemoGrid.build(students: max(students, minimumStudents), today: today, schoolID: school.id,
                                  rng: &gridRandom)
        var treeRandom = DemoRandom(seed: seed, stream: "organizations")
        let tree = DemoPartyTree.build(schoolID: school.id, colleges: grid.colleges, rng: &treeRandom)
        var population = DemoPopulation(schoolID: school.id, today: today,
                                        rng: DemoRandom(seed: seed, stream: "people"))
        population.addStudents(grid: grid, tree: tree)
        population.addStaff(grid: grid, tree: tree)
        population.assignCommitteeRoles(branches: tree.branches)
        population.assignPosts()
        var departmentRandom = DemoRandom(seed: seed, stream: "departments")
        let departments = DemoDepartments.build(schoolID: school.id, rng: &departmentRandom)
        var accountRandom = DemoRandom(seed: seed, stream: "accounts")
        let accounts = DemoAccounts.build(tree: tree, grid: grid, population: population,
                                          departments: departments.departments, rng: &accountRandom)
        var lifespanRandom = DemoRandom(seed: seed, stream: "lifespans")
        let lifespans = DemoLifespans.apply(tree: tree, people: population.people, today: today,
                                            timeZone: school.timeZone, rng: &lifespanRandom)
        return DemoUniversity(school: school, organizations: lifespans.organizations,
                              gridUnits: grid.units + population.dorms, people: lifespans.people,
                              counselors: population.counselors, accounts: accounts, transfers: lifespans.transfers,
                              departments: departments.departments, ticketCategories: departments.categories,
                              seed: seed, today: today)
    }

    public func account(_ login: String) -> DemoAccount? { accounts.first { $0.login == login } }
}
