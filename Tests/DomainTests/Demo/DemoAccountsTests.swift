import Foundation
import Testing
@testable import Domain

@Suite struct DemoAccountsTests {
    let demo = DemoFixture.demo

    private func person(_ id: Person.ID?) throws -> Person {
        let id = try #require(id)
        return try #require(demo.people.first { $0.person.id == id }?.person)
    }

    private func organization(_ id: Organization.ID?) throws -> Organization {
        try #require(demo.organizations.first { $0.id == id })
    }

    private func account(_ login: String) throws -> DemoAccount { try #require(demo.account(login)) }

    @Test func accounts_oneLoginPerRole_inOrder() throws {
        #expect(demo.accounts.map(\.login) == ["admin", "security", "auditor", "org", "college1", "branch1",
                                               "counselor1", "monitor1", "member1", "student1",
                                               "responder1", "leader1", "supervisor1"])
        let roles = demo.accounts.map { $0.assignments.map(\.role) }
        #expect(roles.prefix(6).map(\.self) == [[.systemAdmin], [.securityAdmin], [.auditAdmin], [.organizationAdmin],
                                               [.organizationAdmin], [.branchSecretary]])
        #expect(roles.dropFirst(7).map(\.self) == [[.classMonitor], [.partyMember], [.student], [.responder],
                                                   [.departmentLeader], [.supervisor]])
        for account in demo.accounts {
            try Role.checkSeparation(account.assignments.map(\.role))
            #expect(account.assignments.allSatisfy { $0.schoolID == demo.school.id })
            #expect(!account.displayName.isEmpty)
        }
        for login in ["admin", "security", "auditor"] { #expect(try account(login).personID == nil) }
        #expect(DemoUniversity.demoPassword == "zhibu-demo-2026")
        #expect(throws: DomainError.self) { try PasswordPolicy().check(DemoUniversity.demoPassword, login: "someone") }
    }

    @Test func org_administersTheSchoolCommittee() throws {
        let org = try account("org")
        let root = try organization(org.assignments[0].organizationID)
        #expect(root.parentID == nil && root.kind == .committee)
        #expect(try person(org.personID).kind == .staff)
    }

    @Test func college1_isTheSecretaryOfTheFirstCollegeCommittee() throws {
        let college1 = try account("college1")
        let committee = try organization(college1.assignments[0].organizationID)
        let firstCollege = try #require(demo.gridUnits.first { $0.kind == .college })
        #expect(committee.kind == .committee && committee.gridUnitID == firstCollege.id)
        let secretary = try person(college1.personID)
        #expect(secretary.kind == .staff && secretary.organizationID == committee.id)
        #expect(secretary.committeeRole == .secretary && secretary.politicalStatus == .fullMember)
    }

    @Test func branch1_isTheSecretaryOfAStudentsBranchUnderCollege1() throws {
        let committee = try organization(try account("college1").assignments[0].organizationID)
        let branch1 = try account("branch1")
        let branch = try organization(branch1.assignments[0].organizationID)
        #expect(branch.kind == .branch && branch.category == .students)
        #expect(committee.path.contains(branch.path) && branch.path != committee.path)
        let secretary = try person(branch1.personID)
        #expect(secretary.organizationID == branch.id && secretary.committeeRole == .secretary)
        let member = try person(try account("member1").personID)
        #expect(member.organizationID == branch.id && member.politicalStatus == .fullMember)
    }

    @Test func counselor1_monitor1_student1_shareTheFirstCollegesClasses() throws {
        let counselor1 = try account("counselor1")
        let classes = counselor1.assignments.compactMap(\.gridUnitID)
        #expect(!classes.isEmpty && counselor1.assignments.allSatisfy { $0.role == .counselor })
        #expect(classes.count == counselor1.assignments.count && (5...10).contains(classes.count))
        let firstCollege = try #require(demo.gridUnits.first { $0.kind == .college })
        for id in classes {
            let unit = try #require(demo.gridUnits.first { $0.id == id })
            #expect(unit.kind == .schoolClass && firstCollege.path.contains(unit.path))
        }
        #expect(try person(counselor1.personID).kind == .staff)
        #expect(demo.counselors.first { $0.personID == counselor1.personID }?.classIDs == classes)

        let monitor1 = try account("monitor1")
        let monitorClass = try #require(monitor1.assignments[0].gridUnitID)
        #expect(classes.contains(monitorClass))
        #expect(try person(monitor1.personID).classID == monitorClass)

        let student1 = try account("student1")
        let student = try person(student1.personID)
        let studentClass = try #require(student.classID)
        #expect(student.kind == .student && classes.contains(studentClass))
        #expect(!student.politicalStatus.isPartyMember && student.organizationID == nil)
        #expect(student1.personID != monitor1.personID)
    }

    /// 学生工作处's responder and leader hold their roles at that department; the supervisor at the school. All three
    /// are 机关 staff: the leader is the secretary of the department's branch, the supervisor from the 党政办公室.
    @Test func responder1_leader1_supervisor1_departmentRoles() throws {
        let affairs = try #require(demo.departments.first { $0.name == "学生工作处" })
        for login in ["responder1", "leader1"] {
            #expect(try account(login).assignments.map(\.departmentID) == [affairs.id], "\(login)")
        }
        #expect(try account("supervisor1").assignments.map(\.departmentID) == [nil])
        let people = try ["responder1", "leader1", "supervisor1"].map { try person(try account($0).personID) }
        #expect(people.allSatisfy { $0.kind == .staff } && Set(people.map(\.id)).count == 3)
        #expect(try organization(people[1].organizationID).name == "学生工作部党支部" && people[1].committeeRole == .secretary)
        #expect(people[0].organizationID == people[1].organizationID)
        #expect(try organization(people[2].organizationID).name == "党政办公室党支部")
    }

    /// 职能部门 with their categories and time limits of 2 to 10 working days (RULES.md §4).
    @Test func departments_eightWithTwoOrThreeCategories() throws {
        #expect(demo.departments.map(\.name) == ["教务处", "学生工作处", "财务处", "图书馆", "后勤保障处", "信息化办公室", "研究生院", "保卫处"])
        for department in demo.departments {
            let categories = demo.ticketCategories.filter { $0.departmentID == department.id }
            #expect((2...3).contains(categories.count), "\(department.name)")
            for category in categories {
                try TicketCategory.validate(name: category.name, timeLimitDays: category.timeLimitDays)
                #expect((2...10).contains(category.timeLimitDays) && category.schoolID == demo.school.id)
                #expect(DemoTicketTexts.text(for: category.name).questions.count >= 3, "\(category.name)")
            }
        }
        #expect(Set(demo.ticketCategories.map(\.name)).count == demo.ticketCategories.count)
        #expect(Set(demo.departments.map(\.id)).count == demo.departments.count)
    }

    @Test func counselors_coverEveryClassOnce() {
        let covered = demo.counselors.flatMap(\.classIDs)
        let classes = demo.gridUnits.filter { $0.kind == .schoolClass }.map(\.id)
        #expect(covered.count == classes.count && Set(covered) == Set(classes))
        #expect(demo.counselors.allSatisfy { (5...10).contains($0.classIDs.count) })
    }

    @Test func branches_haveOneSecretary_dualLeadersOnlyAsSecretaries() {
        var secretaries: [Organization.ID: Int] = [:]
        for person in demo.people.map(\.person) where person.committeeRole == .secretary {
            secretaries[person.organizationID!, default: 0] += 1
        }
        // A dissolved branch's members (its secretary among them) have moved to the branch it merged into.
        for branch in demo.organizations where branch.kind == .branch {
            #expect(secretaries[branch.id] == (branch.isDissolved ? nil : 1))
        }
        let dualLeaders = demo.people.map(\.person).filter(\.isDualLeader)
        #expect(!dualLeaders.isEmpty && dualLeaders.allSatisfy { $0.committeeRole == .secretary })
    }

    @Test func generate_fiftyThousandStudents() {
        let large = DemoUniversity.generate(students: 50_000, today: DemoFixture.today)
        #expect(large.people.filter { $0.person.kind == .student }.count == 50_000)
        #expect(Set(large.people.map(\.person.number)).count == large.people.count)
        #expect(large.accounts.dropFirst(3).allSatisfy { $0.personID != nil })
    }

    @Test func generate_tinyRequest_raisedToMinimum_everyAccountHasItsPerson() throws {
        let tiny = DemoUniversity.generate(seed: 1, students: 10, today: LocalDate(year: 2026, month: 11, day: 22)!)
        #expect(tiny.people.filter { $0.person.kind == .student }.count == DemoUniversity.minimumStudents)
        for account in tiny.accounts.dropFirst(3) { #expect(account.personID != nil, "\(account.login)") }
    }

    /// One person, one account: the store refuses a second, so no seed and size may produce one.
    @Test(arguments: [(5, 200), (7, 400), (11, 600), (2026, 200), (3, 250), (9, 300), (13, 450), (21, 500)])
    func accounts_neverShareAPerson(seed: UInt64, students: Int) {
        let demo = DemoUniversity.generate(seed: seed, students: students, today: LocalDate(year: 2026, month: 11, day: 22)!)
        let people = demo.accounts.compactMap(\.personID)
        #expect(Set(people).count == people.count, "seed \(seed), \(students) students")
    }
}
