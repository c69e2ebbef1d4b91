/// The leave/return ledger's endpoints (pages and /api/v1).
enum LeaveRoutes {
    static var endpoints: [Endpoint] { LeavesController.endpoints + API.LeavesController.endpoints }
}
