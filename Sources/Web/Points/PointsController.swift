import Domain
import Persistence
import Vapor

/// The points pages: my points, rankings (and their download), claiming points, approving, one member's ledger.
enum PointsController {
    static let endpoints = [
        Endpoint(.GET, "points/mine", .viewPoints, PointMine.response),
        Endpoint(.GET, "points/ranking", .viewPoints, PointRankingPage.response),
        Endpoint(.GET, "points/entries/new", .proposePoints, PointEntryNew.new),
        Endpoint(.POST, "points/entries", .proposePoints, PointEntryNew.create),
        Endpoint(.GET, "points/pending", .approvePoints, PointReview.pending),
        Endpoint(.POST, "points/entries/:id/decision", .approvePoints, PointReview.decide),
        Endpoint(.POST, "points/entries/:id/corrections", .approvePoints, PointReview.correct),
        Endpoint(.GET, "points/people/:id", .viewPoints, PointReview.person),
    ] + ListExport.endpoints("points/ranking", .viewPoints, PointRankingPage.export)
}

/// Every endpoint of 积分制 (pages and /api/v1).
enum PointRoutes {
    static var endpoints: [Endpoint] {
        PointsController.endpoints + PointSettingsController.endpoints + PointArchiveController.endpoints + API.PointsController.endpoints
    }
}
