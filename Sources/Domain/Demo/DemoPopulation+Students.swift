import Foundation
import Tagged

/// Students, class by class, with their dorms and, for some, a party record in a students' branch.
extension DemoPopulation {
    /// Share of students on the party track by year of study (freshmen … seniors).
    static let studentTrackShare = [0.02, 0.04, 0.06, 0.08]
    /// Weights of the stage reached, by year of study: application, activist, candidate, probationary, full.
    /// Dates that do not fit the years since enrolment fall back to an earlier stage.
    static let studentStageWeights = [[7, 3, 0, 0, 0], [3, 5, 2, 0, 0], [1, 3, 2, 3, 1], [0, 1, 1, 3, 5]]

    mutating func addStudents(grid: DemoGrid, tree: DemoPartyTree) {
        var rooms = DemoDormRooms()
        for schoolClass in grid.classes {
            // Classes take turns among the college's students' branches, so each branch mixes grades.
            let branches = tree.studentBranches[schoolClass.collegeIndex]
            let branch = branches[schoolClass.indexInCollege % branches.count].id
            let start = people.count
            for seat in 0..<schoolClass.size {
                people.append(makeStudent(of: schoolClass, seat: seat + 1, branch: branch))
            }
            studentsByClass[schoolClass.unit.id] = start..<people.count
            addDorms(of: schoolClass, students: start..<people.count, rooms: &rooms)
        }
    }

    private mutating func makeStudent(of schoolClass: DemoClass, seat: Int, branch: Organization.ID) -> DemoPerson {
        let bornIn = schoolClass.grade - (rng.chance(0.8) ? 18 : 19)
        var student = makePerson(kind: .student, number: schoolClass.numberPrefix + DemoText.padded(seat, width: 2),
                                 born: bornIn...bornIn)
        student.person.classID = schoolClass.unit.id
        student.person.politicalStatus = rng.chance(0.85) ? .leagueMember : .masses
        let year = min(max(schoolClass.yearOfStudy, 0), 3)
        if rng.chance(Self.studentTrackShare[year]), let born = student.person.birthDate {
            let target = rng.pick(Stage.allCases, weights: Self.studentStageWeights[year])
            // Students apply from their first autumn on campus.
            let enrolled = LocalDate(year: schoolClass.grade, month: 9, day: 15)
            let stages = DemoStages.dates(upTo: target, born: born, notBefore: enrolled, latest: today, rng: &rng)
            Self.enroll(&student, stages: stages, in: branch)
        }
        return student
    }

    /// Rooms of one gender each, under the class: 4–6 beds, 3 where a class's count leaves no other split.
    private mutating func addDorms(of schoolClass: DemoClass, students: Range<Int>, rooms: inout DemoDormRooms) {
        for gender in Person.Gender.allCases {
            let residents = students.filter { people[$0].person.gender == gender }
            var start = 0
            while start < residents.count {
                let remaining = residents.count - start
                let size = remaining <= 6 ? remaining : remaining <= 12 ? (remaining + 1) / 2 : rng.int(in: 4...6)
                let id = GridUnit.ID(rng.uuid())
                dorms.append(GridUnit(id: id, schoolID: schoolID, parentID: schoolClass.unit.id, kind: .dorm,
                                      name: rooms.next(for: gender),
                                      path: DemoText.path(under: schoolClass.unit.path, id)))
                for index in residents[start..<start + size] { people[index].person.dormID = id }
                start += size
            }
        }
    }
}

/// Hands out dorm rooms in order: men in 东区 and 北区, women in 西区 and 南区, 6 floors of 20 rooms a building.
struct DemoDormRooms {
    private var used: [Person.Gender: Int] = [:]

    /// The next free room, e.g. "东区12栋305".
    mutating func next(for gender: Person.Gender) -> String {
        let zones = gender == .male ? ["东区", "北区"] : ["西区", "南区"]
        let room = used[gender, default: 0]
        used[gender] = room + 1
        let building = room / 120
        return zones[building % zones.count] + "\(building / zones.count + 1)栋"
            + "\(room % 120 / 20 + 1)" + DemoText.padded(room % 20 + 1, width: 2)
    }
}
