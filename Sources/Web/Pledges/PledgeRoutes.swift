/// The pledge wall's and the posts' endpoints (pages and /api/v1).
enum PledgeRoutes {
    static var endpoints: [Endpoint] { PledgesController.endpoints + API.PledgesController.endpoints }
}
