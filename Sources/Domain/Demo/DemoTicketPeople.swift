import Foundation
import Tagged

/// The people of the demo's tickets: who raises them (students and teachers), who answers them (each department's
/// leader and responders, drawn from its 机关 branch) and the places their texts name.
struct DemoTicketPeople {
    struct Member: Equatable, Sendable {
        var id: Person.ID
        var name: String
    }

    /// A department's leader and the responders who accept and answer its tickets.
    struct Team: Sendable {
        var leader: Member
        var responders: [Member]
    }

    let people: [DemoPerson]
    /// Indices in `people`.
    var students: [Int] = []
    var teachers: [Int] = []
    var teams: [Department.ID: Team] = [:]
    /// Students' dorm rooms by dorm unit ("东区12栋305").
    var dormNames: [GridUnit.ID: String] = [:]
    /// The college of each class, and the college of each teachers' branch.
    var classColleges: [GridUnit.ID: GridUnit.ID] = [:]
    var branchColleges: [Organization.ID: GridUnit.ID] = [:]
    /// Students and teachers by college, for the representatives of a briefing.
    var studentsByCollege: [GridUnit.ID: [Int]] = [:]
    var teachersByCollege: [GridUnit.ID: [Int]] = [:]
    var colleges: [GridUnit] = []
    /// The person of the demo's `student1` account (the one account holding `.student`), who raises a few tickets.
    var student1: Int?

    init(demo: DemoUniversity, rng: inout DemoRandom) {
        people = demo.people
        mapPlaces(demo)
        let staffPeople = buildTeams(demo, rng: &rng)
        let index = Dictionary(uniqueKeysWithValues: people.indices.map { (people[$0].person.id, $0) })
        for (i, entry) in people.enumerated() {
            let person = entry.person
            switch person.kind {
            case .student:
                students.append(i)
                if let college = person.classID.flatMap({ classColleges[$0] }) { studentsByCollege[college, default: []].append(i) }
            case .staff where !staffPeople.contains(person.id):
                teachers.append(i)
                if let college = person.organizationID.flatMap({ branchColleges[$0] }) { teachersByCollege[college, default: []].append(i) }
            default:
                break
            }
        }
        let studentAccount = demo.accounts.first { $0.assignments.contains { $0.role == .student } }
        student1 = studentAccount?.personID.flatMap { index[$0] }
    }

    func member(_ index: Int) -> Member { Member(id: people[index].person.id, name: people[index].person.name) }

    func dorm(of index: Int) -> String? { people[index].person.dormID.flatMap { dormNames[$0] } }

    func isStudent(_ index: Int) -> Bool { people[index].person.kind == .student }

    private mutating func mapPlaces(_ demo: DemoUniversity) {
        var majorColleges: [GridUnit.ID: GridUnit.ID] = [:]
        for unit in demo.gridUnits {
            switch unit.kind {
            case .college: colleges.append(unit)
            case .major: majorColleges[unit.id] = unit.parentID
            case .schoolClass: classColleges[unit.id] = unit.parentID.flatMap { majorColleges[$0] }
            case .dorm: dormNames[unit.id] = unit.name
            }
        }
        let committees = Dictionary(uniqueKeysWithValues: demo.organizations.compactMap { o in o.gridUnitID.map { (o.id, $0) } })
        for organization in demo.organizations where organization.category == .teachers {
            branchColleges[organization.id] = organization.parentID.flatMap { committees[$0] }
        }
    }

    /// Each department's team from the staff of its 机关 branch (others' when that runs short); 学生工作处 is led and
    /// answered by the demo accounts that hold those roles. Returns everyone on a team.
    private mutating func buildTeams(_ demo: DemoUniversity, rng: inout DemoRandom) -> Set<Person.ID> {
        let accountPeople = Set(demo.accounts.compactMap(\.personID))
        let branches = Dictionary(demo.organizations.filter { $0.category == .administrative && $0.kind == .branch }
            .map { ($0.name, $0.id) }, uniquingKeysWith: { first, _ in first })
        var free: [Organization.ID: [Int]] = [:]
        for (i, entry) in people.enumerated() where entry.person.kind == .staff && !accountPeople.contains(entry.person.id) {
            if let branch = entry.person.organizationID, branches.values.contains(branch) { free[branch, default: []].append(i) }
        }
        var used = Set<Person.ID>()
        func take(from branch: String) -> Member? {
            let preferred = branches[branch].map { [$0] } ?? []
            let others = free.keys.filter { !preferred.contains($0) }.sorted { $0.rawValue.uuidString < $1.rawValue.uuidString }
            for key in preferred + others where !(free[key] ?? []).isEmpty {
                let index = free[key]!.remove(at: rng.int(in: 0...free[key]!.count - 1))
                used.insert(people[index].person.id)
                return member(index)
            }
            return nil
        }
        func account(_ role: Role, _ department: Department.ID) -> Member? {
            guard let account = demo.accounts.first(where: { $0.assignments.contains { $0.role == role && $0.departmentID == department } }),
                  let id = account.personID, let person = people.first(where: { $0.person.id == id })?.person else { return nil }
            used.insert(id)
            return Member(id: id, name: person.name)
        }
        for (spec, department) in zip(DemoDepartments.specs, demo.departments) {
            guard let leader = account(.departmentLeader, department.id) ?? take(from: spec.branch) else { continue }
            var responders = [account(.responder, department.id)].compactMap { $0 }
            while responders.count < 3, let next = take(from: spec.branch) { responders.append(next) }
            teams[department.id] = Team(leader: leader, responders: responders.isEmpty ? [leader] : responders)
        }
        return used
    }
}
