import Domain
import Plot

/// The frame of every page: head, navigation for the actor's role, language switch, content.
enum Layout {
    /// `refreshSeconds` reloads the page on its own (a running import's progress), without JavaScript.
    static func page(_ title: String, _ context: PageContext, _ content: Node<HTML.BodyContext>,
                     refreshSeconds: Int? = nil) -> HTML {
        let s = context.strings
        return HTML(
            .lang(s.locale == .en ? .english : .chinese),
            .head(
                .encoding(.utf8),
                .title("\(title) · \(s.shortName)"),
                .viewport(.accordingToDevice),
                .stylesheet(SiteRoute.stylesheet.path),
                .unwrap(refreshSeconds) { .meta(.attribute(named: "http-equiv", value: "refresh"), .content(String($0))) }
            ),
            .body(
                .header(.class("top"),
                    .a(.class("brand"), .href(SiteRoute.home.path), .text(s.appName)),
                    .nav(.class("menu"), navigation(context)),
                    .div(.class("who"), account(context))
                ),
                .if(context.demoMode, .p(.class("demo-banner"), .text(s.demoModeBanner))),
                .main(.h1(.text(title)), content)
            )
        )
    }

    private static func navigation(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        let items: [(Permission, String, String)] = [
            (.viewHome, SiteRoute.home.path, s.home),
            (.viewOrganizations, SiteRoute.organizations.path, s.organizationsTitle),
            (.viewGrid, SiteRoute.grid.path, s.gridTitle),
            (.viewPeople, SiteRoute.people(PeopleQuery()).path, s.peopleTitle),
            (.viewMeetings, MeetingRoute.index(MeetingQuery()).path, s.meetingsTitle),
            (.viewCompliance, MeetingRoute.board(organization: nil, year: nil).path, s.complianceTitle),
            (.signInToMeetings, MeetingRoute.signIn.path, s.signInTitle),
            (.viewTickets, TicketRoute.index(TicketQuery()).path, s.ticketsTitle),
            (.viewBriefings, TicketRoute.briefings.path, s.briefingsTitle),
            (.viewTicketStatistics, TicketRoute.statistics(from: nil, to: nil).path, s.statisticsLink),
            (.submitDailyReports, "/reports/today", s.dailyReportTitle),
            (.viewDailyReports, "/reports", s.reportSummaryTitle),
            (.viewLeave, "/leaves", s.leavesTitle),
            (.viewWatches, "/watches", s.watchesTitle),
            (.manageDues, DuesRoute.sheet(org: nil, year: nil).path, s.duesTitle),
            (.viewDues, DuesRoute.mine(year: nil).path, s.myDuesTitle),
            (.viewPledges, PledgeRoute.wall(PledgeQuery()).path, s.pledgesTitle),
            (.viewPledges, PledgeRoute.posts(organization: nil).path, s.postsTitle),
            (.viewPoints, PointRoute.mine(period: nil).path, s.pointsNavTitle),
            (.viewPoints, PointRoute.ranking(organization: nil, period: nil).path, s.pointsRankingNavTitle),
            (.approvePoints, PointRoute.pending.path, s.pointsPendingNavTitle),
            (.manageNominations, PointRoute.archive.path, s.pointsArchiveNavTitle),
            (.importRosters, SiteRoute.newImport.path, s.importTitle),
            (.configureMeetingRules, MeetingRoute.rules.path, s.rulesTitle),
            (.configureTickets, TicketRoute.settings.path, s.ticketSettingsLink),
            (.configureReportForm, "/settings/reports", s.reportFormTitle),
            (.configurePointRules, PointRoute.rules.path, s.pointsRulesNavTitle),
            (.viewNotices, MeetingRoute.notices.path, s.noticesTitle),
            (.viewAudit, SiteRoute.audit.path, s.auditTitle),
            (.manageAccounts, SiteRoute.accounts().path, s.accountsAdminTitle),
            (.manageRoles, SiteRoute.accountRoles().path, s.rolesAdminTitle),
        ]
        var seen = Set<String>()
        let visible = items.filter { context.may($0.0) && seen.insert($0.1).inserted }
        return .forEach(visible) { item in .a(.href(item.1), .text(item.2)) }
    }

    private static func account(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        let other = s.locale == .en ? "zh-Hans" : "en"
        return .group(
            .a(.class("lang"), .href(context.path + "?lang=\(other)"), .text(s.switchLanguage)),
            .unwrap(context.actor) { actor in
                .group(
                    .span(.class("user"), .text(actor.displayName)),
                    .a(.href(SiteRoute.password.path), .text(s.changePassword)),
                    .form(.method(.post), .action(SiteRoute.logout.path), .class("inline"),
                          Form.csrf(context.csrfToken),
                          .button(.type(.submit), .text(s.logout)))
                )
            }
        )
    }
}
