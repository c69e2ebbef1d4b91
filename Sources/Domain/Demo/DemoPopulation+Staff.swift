import Foundation

/// Staff and retirees: committee and branch secretaries, teachers, counsellors, office staff and retirees.
extension DemoPopulation {
    /// Stage reached by staff in teachers' and office branches: application … full. Most are long-standing members.
    static let staffStageWeights = [2, 4, 4, 5, 85]

    mutating func addStaff(grid: DemoGrid, tree: DemoPartyTree) {
        addSecretary(of: tree.root.id, born: 1962...1970)
        for college in tree.collegeCommittees.indices {
            addSecretary(of: tree.collegeCommittees[college].id, born: 1965...1976)
            addTeachers(of: college, tree: tree)
            for branch in tree.studentBranches[college] { addSecretary(of: branch.id, born: 1978...1993) }
            addCounselors(of: college, grid: grid, tree: tree)
        }
        for branch in tree.administrativeBranches {
            addBranch(branch.id, size: 10...18, born: 1968...1998)
        }
        for branch in tree.retiredBranches {
            addBranch(branch.id, kind: .retired, size: 15...25, born: 1938...1962)
        }
    }

    /// A staff member or retiree, on the party track of `organizationID` up to `target` when both are given.
    @discardableResult
    mutating func addStaff(_ kind: Person.Kind = .staff, born: ClosedRange<Int>, in organizationID: Organization.ID?,
                           reaching target: Stage?) -> Int {
        var staff = makePerson(kind: kind, number: String(nextStaffNumber), born: born)
        nextStaffNumber += 1
        if let target, let organizationID, let birth = staff.person.birthDate {
            // Retirees joined while working: their dates end by the age of 55.
            let latest = kind == .retired ? min(today, birth.adding(months: 55 * 12)) : today
            let stages = DemoStages.dates(upTo: target, born: birth, latest: latest, rng: &rng)
            Self.enroll(&staff, stages: stages, in: organizationID)
        }
        people.append(staff)
        return people.count - 1
    }

    /// The secretary of a branch or committee: a full member of it.
    @discardableResult
    private mutating func addSecretary(of organizationID: Organization.ID, _ kind: Person.Kind = .staff,
                                       born: ClosedRange<Int>) -> Int {
        let index = addStaff(kind, born: born, in: organizationID, reaching: .full)
        people[index].person.committeeRole = .secretary
        secretaries[organizationID] = index
        return index
    }

    /// A branch of staff or retirees: its secretary, then members at every stage (retirees are all full members).
    private mutating func addBranch(_ branch: Organization.ID, kind: Person.Kind = .staff, size: ClosedRange<Int>,
                                    born: ClosedRange<Int>) {
        addSecretary(of: branch, kind, born: born.lowerBound...max(born.lowerBound, born.upperBound - 10))
        for _ in 1..<rng.int(in: size) {
            let target = kind == .retired ? Stage.full : rng.pick(Stage.allCases, weights: Self.staffStageWeights)
            // Those still on their way in are the younger staff.
            let young = min(max(born.lowerBound, today.year - 40), born.upperBound)...born.upperBound
            addStaff(kind, born: target == .full ? born : young, in: branch, reaching: target)
        }
    }

    /// Teachers' branches (the first one's secretary a 双带头人) and a few teachers outside the party.
    private mutating func addTeachers(of college: Int, tree: DemoPartyTree) {
        for (number, branch) in tree.teacherBranches[college].enumerated() {
            addBranch(branch.id, size: 14...22, born: 1966...1997)
            if number == 0, let secretary = secretaries[branch.id] { people[secretary].person.isDualLeader = true }
        }
        for _ in 0..<rng.int(in: 6...10) { addStaff(born: 1970...1998, in: nil, reaching: nil) }
    }

    /// One counsellor for every few classes of a grade, members of the college's students' branches in turn.
    private mutating func addCounselors(of college: Int, grid: DemoGrid, tree: DemoPartyTree) {
        let classes = grid.classes.filter { $0.collegeIndex == college }
            .sorted { ($0.grade, $0.indexInCollege) < ($1.grade, $1.indexInCollege) }
        guard !classes.isEmpty else { return }
        let count = (classes.count + DemoCatalog.classesPerCounselor - 1) / DemoCatalog.classesPerCounselor
        let branches = tree.studentBranches[college]
        for number in 0..<count {
            let share = classes[number * classes.count / count..<(number + 1) * classes.count / count]
            let index = addStaff(born: 1986...1998, in: branches[number % branches.count].id, reaching: .full)
            counselors.append(DemoCounselor(personID: people[index].person.id, collegeID: grid.colleges[college].id,
                                            classIDs: share.map(\.unit.id), personIndex: index))
        }
    }
}
