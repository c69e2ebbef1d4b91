import Domain
import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Persistence
import Vapor

/// Sets up a Zhibu application: database, keys, middleware and routes. Tests call it with their own config.
public func configure(_ app: Application, config: AppConfig, clock: Clock = .live) async throws {
    app.zhibu = Zhibu(config: config, keyring: Keyring(masterKey: try MasterKey.load(config)), clock: clock,
                      hasher: BcryptHasher(cost: config.bcryptCost))
    try DatabaseSetup.use(config.database, on: app)
    try await DatabaseSetup.prepare(app.db)
    app.migrations.add(Migrations.all)
    app.routes.defaultMaxBodySize = "20mb"
    // No metrics backend is installed: without this each request still builds its route's metric dimensions.
    app.http.server.configuration.reportMetrics = false
    app.middleware = Middlewares()
    app.middleware.use(RouteLoggingMiddleware(logLevel: .info))
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(LocaleMiddleware())
    app.middleware.use(ErrorMiddleware())
    app.middleware.use(ActorMiddleware())
    app.middleware.use(CSRFMiddleware())
    try routes(app)
    try app.useReportWriter(config.database)
    app.sessionTouches = SessionTouches()
    app.lifecycle.use(SessionRevocationPoller())
    app.useJobs()
    app.jobs.register(MeetingReminderJob.job)
    app.jobs.register(TicketEscalationJob.job)
    app.jobs.register(ReportReminderJob.job)
    app.jobs.interval = TimeInterval(config.jobInterval)
}

/// What the app keeps for its whole life, in the application's storage.
public struct Zhibu: Sendable {
    public var config: AppConfig
    public var keyring: Keyring
    public var clock: Clock
    public var hasher: any Domain.PasswordHasher
}

extension Application {
    private struct ZhibuKey: StorageKey { typealias Value = Zhibu }

    public var zhibu: Zhibu {
        get { storage[ZhibuKey.self]! }
        set { storage[ZhibuKey.self] = newValue }
    }

    /// nil before `configure` and after shutdown, for the error page of a request that outlived its app.
    var zhibuIfConfigured: Zhibu? { storage[ZhibuKey.self] }

    public var stores: Stores { Stores(database: db, keyring: zhibu.keyring, clock: zhibu.clock) }
}

extension Request {
    var zhibu: Zhibu { application.zhibu }
    var stores: Stores { Stores(database: db, keyring: zhibu.keyring, clock: zhibu.clock) }
    var now: Date { zhibu.clock.now() }
}
