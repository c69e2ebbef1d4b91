/// The dues endpoints (pages and /api/v1).
enum DuesRoutes {
    static var endpoints: [Endpoint] {
        DuesController.endpoints + DuesPaymentsController.endpoints + DuesProfilesController.endpoints
            + DuesLedgerController.endpoints + API.DuesController.endpoints
    }
}
