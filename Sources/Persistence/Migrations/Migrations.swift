import FluentKit

/// Every migration, in the order it runs. Never edit one after it ships: add a new batch.
public enum Migrations {
    public static let all: [any Migration] = [
        // Batch 0001 - foundation: schools, party tree, campus grid, people, accounts, sessions, audit, imports
        CreateSchools(), CreateOrganizations(), CreateGridUnits(), CreatePeople(), CreatePosts(),
        CreateTransfers(), CreateAccounts(), CreateRoleAssignments(), CreateSessions(), CreateAuditEvents(),
        CreateImports(),
        // Batch 0002 - organisational life: meetings, attendance, attachments, school settings, notices
        AddOrganizationLifespan(), CreateMeetings(), CreateMeetingOrganizations(), CreateMeetingAttendance(),
        CreateMeetingAttachments(), CreateSchoolSettings(), CreateNotices(),
        // Batch 0002 (cont.) - scheduled jobs, outbox, group robots
        CreateJobs(), CreateOutbox(), CreateRobotWebhooks(),
        // Batch 0003 - serving teachers and students: departments, calendar, tickets, briefings
        CreateDepartments(), CreateCalendarDays(), CreateTickets(), CreateBriefings(), CreateTicketDayCounts(),
        // Batch 0004 - daily reports: form versions, reports and their sums, consent, leave ledger, watches;
        // session revocations for the servers' in-memory session caches
        CreateReportForms(), CreateDailyReports(), CreateReportCounts(), CreateHealthConsents(),
        CreateLeaveApplications(), CreateWatches(), CreateSessionRevocations(),
        // Batch 0005 - 践诺制: pledges, their reports, the masses' comments and ratings
        CreatePledges(), CreatePledgeUpdates(), CreatePledgeComments(), CreatePledgeRatings(),
        // Batch 0005 - 积分制: point rules, the append-only points ledger, frozen yearly archives, 推优选先
        CreatePointRules(), CreatePointEntries(), CreatePointArchives(), CreateNominations(),
        // Batch 0005 - 党费: profiles (category and base per year), reductions, payments, the dues ledger
        CreateDuesProfiles(), CreateDuesReductions(), CreateDuesPayments(), CreateDuesLedger(),
    ]
}
