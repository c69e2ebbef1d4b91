@testable import Domain
import Testing

extension RuleTests {
    /// The demand tracker's roles: responders and leaders reach their department's tickets, the supervisor
    /// every ticket of the school; the permissions written out again, independently of `Policy.table`.
    @Suite struct TicketPolicyTests {
        typealias F = TicketFixture
        let school = RuleFixture.school1
        let me = RuleFixture.person

        static let ticketPermissions: [Permission] = [.raiseTickets, .viewTickets, .handleTickets, .viewTicketStatistics,
                                                      .configureTickets, .viewBriefings, .manageBriefings]

        /// Every permission of the three ticket roles.
        static let expected: [Role: Set<Permission>] = [
            .responder: [.viewHome, .viewNotices, .raiseTickets, .viewTickets, .handleTickets, .viewBriefings,
                         .viewPledges, .commentOnPledges],
            .departmentLeader: [.viewHome, .viewNotices, .raiseTickets, .viewTickets, .handleTickets, .viewTicketStatistics,
                                .viewBriefings, .viewPledges, .commentOnPledges],
            .supervisor: [.viewHome, .viewNotices, .raiseTickets, .viewTickets, .handleTickets, .viewTicketStatistics,
                          .configureTickets, .viewBriefings, .manageBriefings, .viewPledges, .commentOnPledges],
        ]

        @Test(arguments: [Role.responder, .departmentLeader, .supervisor])
        func allows_ticketRole_matchesWrittenOutTable(_ role: Role) {
            // MUT
            let allowed = Set(Permission.allCases.filter { Policy.allows($0, roles: [role]) })
            // validate
            #expect(allowed == Self.expected[role])
        }

        @Test(arguments: [("responder", Role.responder), ("department_leader", .departmentLeader), ("supervisor", .supervisor)])
        func role_rawValues(_ raw: String, _ role: Role) {
            #expect(Role(rawValue: raw) == role)
            #expect(!role.isSeparatedAdministration)
        }

        /// The other roles' part of the ticket permissions: everyone served raises and views tickets and briefings,
        /// the separated administrations nothing, the organisation admin also statistics, settings and briefings.
        @Test(arguments: Role.allCases.filter { ![Role.responder, .departmentLeader, .supervisor].contains($0) })
        func allows_otherRoles_ticketPermissions(_ role: Role) {
            // setup
            let expected: Set<Permission> = role.isSeparatedAdministration ? [] :
                role == .organizationAdmin
                    ? [.raiseTickets, .viewTickets, .viewTicketStatistics, .configureTickets, .viewBriefings, .manageBriefings]
                    : [.raiseTickets, .viewTickets, .viewBriefings]
            // MUT
            let allowed = Set(Self.ticketPermissions.filter { Policy.allows($0, roles: [role]) })
            // validate
            #expect(allowed == expected)
        }

        @Test(arguments: [Role.responder, .departmentLeader])
        func scopeOf_departmentRoleWithDepartment_thatDepartment(_ role: Role) {
            // MUT
            let scope = Scope.of(personID: me, assignments: [
                ResolvedAssignment(role: role, schoolID: school, departmentID: F.department1),
            ])
            // validate
            #expect(scope.grants == [.departments([F.department1]), .person(me)])
            #expect(scope.departmentIDs == [F.department1])
            #expect(!scope.reachesAllTickets && !scope.isEverything)
            #expect(scope.schools == .only([school]))
            #expect(scope.organizationPaths.isEmpty && scope.gridPaths.isEmpty)
        }

        @Test func scopeOf_supervisor_allTicketsOfTheSchool() {
            // MUT
            let scope = Scope.of(personID: me, assignments: [ResolvedAssignment(role: .supervisor, schoolID: school)])
            // validate
            #expect(scope.grants == [.allTickets, .person(me)])
            #expect(scope.reachesAllTickets)
            #expect(!scope.isEverything)
            #expect(scope.departmentIDs.isEmpty)
            #expect(scope.schools == .only([school]))
            #expect(!scope.includes(organizationPath: TreePath(rawValue: "/r/")))
        }

        /// A responder whose department is gone reaches no ticket: their own record only, or nothing at all.
        @Test(arguments: [Role.responder, .departmentLeader])
        func scopeOf_departmentRoleWithoutDepartment_nothing(_ role: Role) {
            // MUT
            let own = Scope.of(personID: me, assignments: [ResolvedAssignment(role: role, schoolID: school)])
            let anonymous = Scope.of(personID: nil, assignments: [ResolvedAssignment(role: role, schoolID: school)])
            // validate
            #expect(own.grants == [.person(me)])
            #expect(anonymous.grants.isEmpty)
            #expect(own.departmentIDs.isEmpty && !own.reachesAllTickets)
        }

        /// A person who answers for two departments reaches both.
        @Test func scopeOf_responderOfTwoDepartments_both() {
            // MUT
            let scope = Scope.of(personID: me, assignments: [
                ResolvedAssignment(role: .responder, schoolID: school, departmentID: F.department1),
                ResolvedAssignment(role: .departmentLeader, schoolID: school, departmentID: F.department2),
            ])
            // validate
            #expect(scope.departmentIDs == [F.department1, F.department2])
            #expect(scope.grants.last == .person(me))
        }

        @Test func reachesAllTickets_systemScope() {
            #expect(Scope.system.reachesAllTickets)
            #expect(!Scope.nothing.reachesAllTickets)
        }
    }
}
