/// The watch list's endpoints (pages and /api/v1).
enum WatchRoutes {
    static var endpoints: [Endpoint] { WatchesController.endpoints + API.WatchesController.endpoints }
}
