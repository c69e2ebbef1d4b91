import Vapor

/// Registers every feature's endpoints, each behind the policy guard.
func routes(_ app: Application) throws {
    let foundation: [Endpoint] = AssetsController.endpoints + HealthController.endpoints
        + SessionsController.endpoints + HomeController.endpoints
        + OrganizationsController.endpoints + GridController.endpoints
        + PeopleController.endpoints + ImportsController.endpoints
        + AuditController.endpoints + AccountsController.endpoints
    let organisationalLife: [Endpoint] = MeetingsController.endpoints + ComplianceController.endpoints + MeetingRulesController.endpoints
        + NoticesController.endpoints + RobotsController.endpoints
    let api: [Endpoint] = API.SessionController.endpoints + API.OrganizationsController.endpoints
        + API.PeopleController.endpoints + API.AuditController.endpoints + API.OpenAPIController.endpoints
        + API.MeetingsController.endpoints + API.RobotsController.endpoints
    let service: [Endpoint] = TicketsController.endpoints + BriefingsController.endpoints + API.TicketsController.endpoints
        + TicketSettingsController.endpoints + TicketStatisticsController.endpoints
    let dailyReports: [Endpoint] = DailyReportRoutes.endpoints + LeaveRoutes.endpoints + WatchRoutes.endpoints
    let pledges: [Endpoint] = PledgeRoutes.endpoints
    let dues: [Endpoint] = DuesRoutes.endpoints
    let points: [Endpoint] = PointRoutes.endpoints
    let endpoints = foundation + organisationalLife + api + service + dailyReports + pledges + dues + points
    for endpoint in endpoints {
        app.grouped(PolicyMiddleware(endpoint: endpoint))
            .on(endpoint.method, endpoint.path.pathComponents, use: endpoint.handler)
    }
    app.endpoints = endpoints
}

/// Namespace of the JSON controllers under /api/v1.
public enum API {}
