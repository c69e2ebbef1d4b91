import Domain
import Fluent
import Foundation
import Persistence
import Vapor
import VaporTesting
@testable import Web

/// Configures an app on a fresh database (empty, or a copy of the seeded two-school world),
/// migrates it, runs the test and always shuts down.
func withApp(seeded: Bool = true, clock: ManualClock? = nil, demoMode: Bool = false,
             _ body: (Application) async throws -> Void) async throws {
    try await TestSlots.shared.holding {
        try await withAppHoldingASlot(seeded: seeded, clock: clock, demoMode: demoMode, body)
    }
}

private func withAppHoldingASlot(seeded: Bool, clock: ManualClock?, demoMode: Bool,
                                 _ body: (Application) async throws -> Void) async throws {
    let template = seeded ? try await SeededTemplate.shared.name() : nil
    let database = try await TestDatabase.make(from: template)
    let app = try await Application.make(.testing)
    do {
        app.logger.logLevel = .error
        try await configure(app, config: testConfig(database.location, database.directory, demoMode: demoMode),
                            clock: clock?.clock ?? .live)
        try await app.autoMigrate()
        try await body(app)
    } catch {
        await LiveServer.stop(app)
        try? await app.asyncShutdown()
        try? await database.drop()
        throw error
    }
    await LiveServer.stop(app)
    try await app.asyncShutdown()
    try await database.drop()
}

/// Tests start at a fixed instant, never the wall clock.
let t0 = Date(timeIntervalSince1970: 1_795_000_000)
