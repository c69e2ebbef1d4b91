/// The one table of who may do what. Routes read it; the role × route tests walk it.
/// Scope then narrows each allowed action to the actor's part of the tree.
public enum Policy {
    public static let table: [Permission: Set<Role>] = [
        .viewHome: Set(Role.allCases),
        .viewOrganizations: [.systemAdmin, .securityAdmin, .organizationAdmin, .branchSecretary],
        .viewGrid: [.organizationAdmin, .counselor, .classMonitor],
        .viewPeople: [.organizationAdmin, .branchSecretary, .counselor, .classMonitor, .partyMember, .student],
        .createPeople: [.organizationAdmin, .branchSecretary, .counselor],
        .editPeople: [.organizationAdmin, .branchSecretary, .counselor],
        .transferMembers: [.organizationAdmin, .branchSecretary],
        .unmaskPersonalData: [.organizationAdmin, .branchSecretary, .counselor],
        .importRosters: [.organizationAdmin, .branchSecretary, .counselor],
        .exportLists: [.organizationAdmin, .branchSecretary, .counselor, .classMonitor],
        .viewAudit: [.auditAdmin],
        .manageAccounts: [.systemAdmin],
        .manageRoles: [.securityAdmin],
        // Members see their own meetings (scope: their person and their branch); leaders their subtree.
        .viewMeetings: [.organizationAdmin, .branchSecretary, .partyMember],
        .manageMeetings: [.organizationAdmin, .branchSecretary],
        .signInToMeetings: [.organizationAdmin, .branchSecretary, .partyMember, .counselor, .student],
        .viewCompliance: [.organizationAdmin, .branchSecretary],
        .configureMeetingRules: [.organizationAdmin],
        .manageRobots: [.organizationAdmin, .branchSecretary],
        .editOrganizations: [.organizationAdmin],
        .viewNotices: everyoneServed,
        // Everyone raises tickets and sees their own; departments see theirs; the supervisor all (scope decides).
        .raiseTickets: everyoneServed,
        .viewTickets: everyoneServed,
        .handleTickets: [.responder, .departmentLeader, .supervisor],
        .viewTicketStatistics: [.organizationAdmin, .departmentLeader, .supervisor],
        .configureTickets: [.organizationAdmin, .supervisor],
        .viewBriefings: everyoneServed,
        .manageBriefings: [.organizationAdmin, .supervisor],
        // 日报制: students report; the grid's staff see their units (scope: grid paths); monitors their class.
        .submitDailyReports: [.student],
        .viewDailyReports: [.organizationAdmin, .counselor, .classMonitor],
        .remindDailyReports: [.organizationAdmin, .counselor],
        .configureReportForm: [.organizationAdmin],
        // 师生流动台账: students apply and see their own; counsellors decide for their classes.
        .applyForLeave: [.student],
        .viewLeave: [.organizationAdmin, .counselor, .classMonitor, .student],
        .decideLeave: [.organizationAdmin, .counselor],
        .recordStaffMovements: [.organizationAdmin],
        // 重点人群随访: the counsellor follows up; the college and school see the watch list.
        .viewWatches: [.organizationAdmin, .counselor],
        .manageWatches: [.organizationAdmin, .counselor],
        // 党费: members see their own; the branch secretary records for the branch, the college or school for its
        // subtree (scope decides); reductions are approved by the committee above; the ledger is each organisation's.
        .viewDues: [.organizationAdmin, .branchSecretary, .partyMember],
        .manageDues: [.organizationAdmin, .branchSecretary],
        .approveDuesReductions: [.organizationAdmin],
        .manageDuesLedger: [.organizationAdmin, .branchSecretary],
        // 践诺制: the wall is the school's (the masses, students too, read, comment and rate); the roles a member's
        // account holds make pledges and sit on committees — the Domain rule checks membership and the seat.
        .viewPledges: everyoneServed,
        .makePledges: pledgingMembers,
        .commentOnPledges: everyoneServed,
        .appraisePledges: pledgingMembers,
        // 积分制: members see their own points and the rankings they stand in, and claim points with evidence; the
        // branch secretary or above approves for their subtree; the organisation department keeps the rules, the
        // yearly archive and 推优选先.
        .viewPoints: pledgingMembers,
        .proposePoints: pledgingMembers,
        .approvePoints: [.organizationAdmin, .branchSecretary],
        .configurePointRules: [.organizationAdmin],
        .manageNominations: [.organizationAdmin],
    ]

    /// Every role but the separated administrations, whose accounts serve no one but the system.
    static let everyoneServed = Set(Role.allCases.filter { !$0.isSeparatedAdministration })

    /// The roles held by members' own accounts (secretaries and counsellors are mostly members themselves).
    static let pledgingMembers: Set<Role> = [.organizationAdmin, .branchSecretary, .counselor, .partyMember]

    public static func allows(_ permission: Permission, roles: [Role]) -> Bool {
        guard let allowed = table[permission] else { return false }
        return roles.contains(where: allowed.contains)
    }
}
