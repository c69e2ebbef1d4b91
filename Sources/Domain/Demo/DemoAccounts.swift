import Foundation
import Tagged

/// The demo's logins, one per role, each tied to the people and places that role works with.
enum DemoAccounts {
    static func build(tree: DemoPartyTree, grid: DemoGrid, population: DemoPopulation, departments: [Department],
                      rng: inout DemoRandom) -> [DemoAccount] {
        let people = population.people
        func account(_ login: String, _ title: String, _ index: Int?, _ role: Role, organizationID: Organization.ID? = nil,
                     gridUnitIDs: [GridUnit.ID?] = [nil], departmentID: Department.ID? = nil) -> DemoAccount {
            let assignments = gridUnitIDs.map {
                RoleAssignment(id: RoleAssignment.ID(rng.uuid()), role: role, schoolID: tree.schoolID,
                               organizationID: organizationID, gridUnitID: $0, departmentID: departmentID)
            }
            let person = index.map { people[$0].person }
            return DemoAccount(login: login, displayName: person?.name ?? title, personID: person?.id,
                               assignments: assignments)
        }
        let office = tree.administrativeBranches[DemoCatalog.organizationDepartmentBranch]
        let college = tree.collegeCommittees[0], branch = tree.studentBranches[0][0]
        let counselor = population.counselors.first { $0.collegeID == grid.colleges[0].id }
        let monitor = counselor?.classIDs.first.flatMap { population.studentsByClass[$0]?.first }
        return [
            account("admin", "系统管理员", nil, .systemAdmin),
            account("security", "安全管理员", nil, .securityAdmin),
            account("auditor", "审计管理员", nil, .auditAdmin),
            account("org", "党委组织部", population.secretaries[office.id], .organizationAdmin,
                    organizationID: tree.root.id),
            account("college1", college.name + "党委书记", population.secretaries[college.id], .organizationAdmin,
                    organizationID: college.id),
            account("branch1", branch.name + "书记", population.secretaries[branch.id], .branchSecretary,
                    organizationID: branch.id),
            account("counselor1", "辅导员", counselor?.personIndex, .counselor, gridUnitIDs: counselor?.classIDs ?? []),
            account("monitor1", "班长", monitor, .classMonitor,
                    gridUnitIDs: [monitor.flatMap { people[$0].person.classID }]),
            account("member1", "党员", member(of: branch.id, population: population,
                                              avoiding: Set([counselor?.personIndex, monitor].compactMap { $0 })),
                    .partyMember),
            account("student1", "学生", student(of: counselor, population: population, avoiding: monitor), .student),
        ] + departmentAccounts(tree: tree, population: population, departments: departments, account: account)
    }

    /// 学生工作处's responder and its leader (the secretary of its 机关 branch, 处长 and 支部书记 at once), and the
    /// school-level supervisor (督办) from the 党政办公室.
    private static func departmentAccounts(
        tree: DemoPartyTree, population: DemoPopulation, departments: [Department],
        account: (String, String, Int?, Role, Organization.ID?, [GridUnit.ID?], Department.ID?) -> DemoAccount
    ) -> [DemoAccount] {
        func branch(_ name: String) -> Organization? { tree.administrativeBranches.first { $0.name == name } }
        let affairsSpec = DemoDepartments.specs.first { $0.name == DemoDepartments.studentAffairs }
        let affairs = affairsSpec.flatMap { branch($0.branch) }
        let department = departments.first { $0.name == DemoDepartments.studentAffairs }?.id
        let leader = affairs.flatMap { population.secretaries[$0.id] }
        let responder = affairs.flatMap { staff(of: $0.id, population: population, avoiding: leader) }
        let supervisor = branch(DemoDepartments.supervisorBranch).flatMap { office in
            staff(of: office.id, population: population, avoiding: population.secretaries[office.id])
        }
        return [
            account("responder1", "学生工作处承办人", responder, .responder, nil, [nil], department),
            account("leader1", "学生工作处负责人", leader, .departmentLeader, nil, [nil], department),
            account("supervisor1", "学校督办", supervisor, .supervisor, nil, [nil], nil),
        ]
    }

    /// A staff member of a 机关 branch other than `other` (its secretary, or a colleague with an account).
    private static func staff(of branch: Organization.ID, population: DemoPopulation, avoiding other: Int?) -> Int? {
        population.people.indices.first {
            let person = population.people[$0].person
            return person.organizationID == branch && person.kind == .staff && $0 != other
        }
    }

    /// A member of the branch other than its secretary (one person, one account): a full member and a student
    /// without a committee seat if there is one, else any other member of the branch.
    private static func member(of branch: Organization.ID, population: DemoPopulation, avoiding others: Set<Int>) -> Int? {
        let candidates = population.people.indices.filter {
            let person = population.people[$0].person
            return person.organizationID == branch && person.politicalStatus.isPartyMember
                && $0 != population.secretaries[branch] && !others.contains($0)
        }
        let plainStudent = candidates.first {
            let person = population.people[$0].person
            return person.kind == .student && person.committeeRole == nil && person.politicalStatus == .fullMember
        }
        return plainStudent ?? candidates.first { population.people[$0].person.politicalStatus == .fullMember } ?? candidates.first
    }

    /// A student of the counsellor's classes with no party record, other than the monitor.
    private static func student(of counselor: DemoCounselor?, population: DemoPopulation,
                                avoiding monitor: Int?) -> Int? {
        for classID in counselor?.classIDs ?? [] {
            for index in population.studentsByClass[classID] ?? 0..<0 where index != monitor {
                let person = population.people[index].person
                if person.organizationID == nil && !person.politicalStatus.isPartyMember { return index }
            }
        }
        return nil
    }
}
