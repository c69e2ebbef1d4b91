@testable import Domain
import Testing

extension RuleTests {
    @Suite struct ScopeTests {
        let school = RuleFixture.school1
        let me = RuleFixture.person
        let root = TreePath(rawValue: "/r/")
        let college = TreePath(rawValue: "/r/c1/")
        let branch = TreePath(rawValue: "/r/c1/b1/")
        let collegeGrid = TreePath(rawValue: "/g/c1/")

        @Test(arguments: [Role.systemAdmin, .securityAdmin, .auditAdmin])
        func of_separatedAdministration_everything(_ role: Role) {
            // MUT
            let scope = Scope.of(personID: nil, assignments: [ResolvedAssignment(role: role, schoolID: school)])
            // validate
            #expect(scope.grants == [.everything])
            #expect(scope.schools == .only([school]))
            #expect(scope.includes(organizationPath: TreePath(rawValue: "/anything/")))
        }

        @Test func of_organizationAdminAtSchoolRoot_everything() {
            // MUT
            let scope = Scope.of(personID: me, assignments: [
                ResolvedAssignment(role: .organizationAdmin, schoolID: school, organizationPath: root, isSchoolRoot: true),
            ])
            // validate
            #expect(scope.grants == [.everything, .person(me)])
            #expect(scope.isEverything)
        }

        @Test func of_organizationAdminAtCollege_collegeTreeAndGrid() {
            // MUT
            let scope = Scope.of(personID: me, assignments: [
                ResolvedAssignment(role: .organizationAdmin, schoolID: school, organizationPath: college, gridPath: collegeGrid),
            ])
            // validate
            #expect(scope.grants == [.organizations([college]), .grid([collegeGrid]), .person(me)])
            #expect(scope.includes(organizationPath: branch))
            #expect(!scope.includes(organizationPath: root))
            #expect(scope.includes(gridPath: collegeGrid.appending("class1")))
        }

        @Test func of_branchSecretary_ownBranchOnly() {
            // MUT
            let scope = Scope.of(personID: me, assignments: [
                ResolvedAssignment(role: .branchSecretary, schoolID: school, organizationPath: branch),
            ])
            // validate
            #expect(scope.grants == [.organizations([branch]), .person(me)])
            #expect(scope.gridPaths.isEmpty && !scope.isEverything)
            #expect(!scope.includes(organizationPath: college))
        }

        @Test func of_counselorWithThreeClasses_gridOfThoseThree() {
            // setup
            let classes = ["k1", "k2", "k3"].map { collegeGrid.appending($0) }
            // MUT
            let scope = Scope.of(personID: me, assignments: classes.map {
                ResolvedAssignment(role: .counselor, schoolID: school, gridPath: $0)
            })
            // validate
            #expect(scope.gridPaths == classes)
            #expect(scope.organizationPaths.isEmpty && !scope.isEverything)
            #expect(scope.personIDs == [me])
            #expect(scope.includes(gridPath: classes[1].appending("dorm101")))
            #expect(!scope.includes(gridPath: collegeGrid.appending("k4")))
            #expect(!scope.includes(gridPath: collegeGrid))
        }

        @Test(arguments: [Role.partyMember, .student])
        func of_memberOrStudent_ownRecordOnly(_ role: Role) {
            // MUT
            let scope = Scope.of(personID: me, assignments: [
                ResolvedAssignment(role: role, schoolID: school, organizationPath: branch),
            ])
            // validate
            #expect(scope.grants == [.person(me)])
            #expect(!scope.includes(organizationPath: branch))
        }

        @Test(arguments: Role.allCases)
        func of_anyRoleWithPerson_ownRecordExactlyOnce(_ role: Role) {
            // MUT
            let scope = Scope.of(personID: me, assignments: [
                ResolvedAssignment(role: role, schoolID: school, organizationPath: branch, gridPath: collegeGrid),
            ])
            // validate
            #expect(scope.grants.filter { $0 == .person(me) }.count == 1)
        }

        @Test func of_assignmentsInTwoSchools_bothCollected() {
            // MUT
            let scope = Scope.of(personID: nil, assignments: [
                ResolvedAssignment(role: .branchSecretary, schoolID: RuleFixture.school1, organizationPath: branch),
                ResolvedAssignment(role: .counselor, schoolID: RuleFixture.school2, gridPath: collegeGrid),
            ])
            // validate
            #expect(scope.schools == .only([RuleFixture.school1, RuleFixture.school2]))
            #expect(!scope.includes(school: School.ID(RuleFixture.uuid(3))))
            #expect(scope.grants == [.organizations([branch]), .grid([collegeGrid])])
        }

        @Test func of_assignmentAboveSchools_allSchools() {
            // MUT
            let scope = Scope.of(personID: nil, assignments: [ResolvedAssignment(role: .systemAdmin, schoolID: nil)])
            // validate
            #expect(scope.schools == .all)
            #expect(scope.includes(school: RuleFixture.school2))
        }

        @Test func of_noAssignment_nothing() {
            #expect(Scope.of(personID: nil, assignments: []) == .nothing)
        }

        /// With a person but no role, only the own-record grant is left, and no school is included.
        @Test func of_personWithoutAssignment_noSchool() {
            // MUT
            let scope = Scope.of(personID: me, assignments: [])
            // validate
            #expect(scope.grants == [.person(me)])
            #expect(!scope.includes(school: school))
        }

        /// Counsellors and class monitors without a resolved class get nothing: the assignment fails closed.
        @Test func of_counselorWithoutGridPath_noGrant() {
            #expect(Scope.of(personID: nil, assignments: [ResolvedAssignment(role: .counselor, schoolID: school)]).grants == [])
        }

        /// A secretary whose branch path did not resolve should fail closed like a counsellor, not see everything.
        @Test func of_branchSecretaryWithoutPath_doesNotGetEverything() {
            // MUT
            let scope = Scope.of(personID: nil, assignments: [ResolvedAssignment(role: .branchSecretary, schoolID: school)])
            // validate
            #expect(!scope.isEverything)
            #expect(scope.grants.isEmpty)
        }

        @Test func includesOrganizationPath_prefixBySegment() {
            // setup
            let scope = Scope(schools: .only([school]), grants: [.organizations([TreePath(rawValue: "/a/b/")])])
            // validate
            #expect(scope.includes(organizationPath: TreePath(rawValue: "/a/b/")))
            #expect(scope.includes(organizationPath: TreePath(rawValue: "/a/b/c/d/")))
            #expect(!scope.includes(organizationPath: TreePath(rawValue: "/a/bc/")))
            #expect(!scope.includes(organizationPath: TreePath(rawValue: "/a/")))
            #expect(!scope.includes(organizationPath: TreePath(rawValue: "/x/a/b/")))
            #expect(!scope.includes(gridPath: TreePath(rawValue: "/a/b/")))
        }

        @Test func system_everythingInAllSchools() {
            #expect(Scope.system.isEverything)
            #expect(Scope.system.includes(school: RuleFixture.school2))
            #expect(Scope.system.includes(gridPath: TreePath(rawValue: "/g/")))
            #expect(!Scope.nothing.includes(school: RuleFixture.school1))
            #expect(!Scope.nothing.includes(organizationPath: .root))
        }
    }
}
