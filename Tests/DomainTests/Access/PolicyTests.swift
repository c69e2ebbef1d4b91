@testable import Domain
import Testing

extension RuleTests {
    /// The policy table written out again, role by role, independently of `Policy.table`:
    /// a change to the policy has to change this test as well.
    @Suite struct PolicyTests {
        static let expected: [Role: Set<Permission>] = [
            .systemAdmin: [.viewHome, .viewOrganizations, .manageAccounts],
            .securityAdmin: [.viewHome, .viewOrganizations, .manageRoles],
            .auditAdmin: [.viewHome, .viewAudit],
            .organizationAdmin: [.viewHome, .viewOrganizations, .viewGrid, .viewPeople, .createPeople, .editPeople,
                                 .transferMembers, .unmaskPersonalData, .importRosters, .exportLists,
                                 .viewMeetings, .manageMeetings, .signInToMeetings, .viewCompliance,
                                 .configureMeetingRules, .manageRobots, .viewNotices, .editOrganizations,
                                 .raiseTickets, .viewTickets, .viewBriefings, .viewTicketStatistics, .configureTickets,
                                 .manageBriefings,
                                 .viewDailyReports, .remindDailyReports, .configureReportForm, .viewLeave, .decideLeave,
                                 .recordStaffMovements, .viewWatches, .manageWatches,
                                 .viewDues, .manageDues, .approveDuesReductions, .manageDuesLedger,
                                 .viewPledges, .makePledges, .commentOnPledges, .appraisePledges,
                                 .viewPoints, .proposePoints, .approvePoints, .configurePointRules, .manageNominations],
            .branchSecretary: [.viewHome, .viewOrganizations, .viewPeople, .createPeople, .editPeople,
                               .transferMembers, .unmaskPersonalData, .importRosters, .exportLists,
                               .viewMeetings, .manageMeetings, .signInToMeetings, .viewCompliance,
                               .manageRobots, .viewNotices, .raiseTickets, .viewTickets, .viewBriefings,
                               .viewDues, .manageDues, .manageDuesLedger,
                               .viewPledges, .makePledges, .commentOnPledges, .appraisePledges,
                               .viewPoints, .proposePoints, .approvePoints],
            .counselor: [.viewHome, .viewGrid, .viewPeople, .createPeople, .editPeople, .unmaskPersonalData,
                         .importRosters, .exportLists, .signInToMeetings, .viewNotices, .raiseTickets, .viewTickets, .viewBriefings,
                         .viewDailyReports, .remindDailyReports, .viewLeave, .decideLeave, .viewWatches, .manageWatches,
                         .viewPledges, .makePledges, .commentOnPledges, .appraisePledges,
                         .viewPoints, .proposePoints],
            .classMonitor: [.viewHome, .viewGrid, .viewPeople, .exportLists, .viewNotices, .raiseTickets, .viewTickets, .viewBriefings,
                            .viewDailyReports, .viewLeave, .viewPledges, .commentOnPledges],
            .partyMember: [.viewHome, .viewPeople, .viewMeetings, .signInToMeetings, .viewNotices, .raiseTickets, .viewTickets, .viewBriefings,
                           .viewDues,
                           .viewPledges, .makePledges, .commentOnPledges, .appraisePledges,
                           .viewPoints, .proposePoints],
            .student: [.viewHome, .viewPeople, .signInToMeetings, .viewNotices, .raiseTickets, .viewTickets, .viewBriefings,
                       .submitDailyReports, .applyForLeave, .viewLeave, .viewPledges, .commentOnPledges],
            // 职能部门 staff and the school's supervisor (督办) of the demand tracker.
            .responder: [.viewHome, .viewNotices, .raiseTickets, .viewTickets, .viewBriefings, .handleTickets,
                         .viewPledges, .commentOnPledges],
            .departmentLeader: [.viewHome, .viewNotices, .raiseTickets, .viewTickets, .viewBriefings, .handleTickets, .viewTicketStatistics,
                                .viewPledges, .commentOnPledges],
            .supervisor: [.viewHome, .viewNotices, .raiseTickets, .viewTickets, .viewBriefings, .handleTickets, .viewTicketStatistics, .configureTickets,
                          .manageBriefings, .viewPledges, .commentOnPledges],
        ]

        @Test func expected_coversEveryRole() {
            #expect(Set(Self.expected.keys) == Set(Role.allCases))
        }

        @Test(arguments: Role.allCases)
        func allows_eachPermission_matchesWrittenOutTable(_ role: Role) {
            // MUT
            let allowed = Set(Permission.allCases.filter { Policy.allows($0, roles: [role]) })
            // validate
            #expect(allowed == Self.expected[role])
        }

        @Test(arguments: Permission.allCases)
        func table_everyPermissionListed(_ permission: Permission) {
            // validate: a permission missing from the table would be silently refused to everyone
            #expect(Policy.table[permission] != nil)
        }

        @Test func allows_auditAdmin_onlyHomeAndAudit() {
            #expect(Permission.allCases.filter { Policy.allows($0, roles: [.auditAdmin]) } == [.viewHome, .viewAudit])
        }

        @Test func allows_viewAudit_onlyAuditAdmin() {
            #expect(Role.allCases.filter { Policy.allows(.viewAudit, roles: [$0]) } == [.auditAdmin])
        }

        @Test func allows_noRoles_nothing() {
            #expect(Permission.allCases.allSatisfy { !Policy.allows($0, roles: []) })
        }

        @Test func allows_severalRoles_union() {
            // setup
            let roles: [Role] = [.classMonitor, .partyMember]
            // validate
            #expect(Policy.allows(.exportLists, roles: roles))
            #expect(!Policy.allows(.unmaskPersonalData, roles: roles))
        }

        @Test func actorMay_readsThePolicy() {
            // setup
            let actor = Actor(accountID: Actor.AccountID(RuleFixture.uuid(9)), login: "auditor", displayName: "审计员",
                              personID: nil, schoolID: RuleFixture.school1, roles: [.auditAdmin], scope: .system)
            // validate
            #expect(actor.may(.viewAudit))
            #expect(!actor.may(.viewPeople))
            #expect(!actor.may(.manageRoles))
        }
    }
}
