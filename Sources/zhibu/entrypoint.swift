import Vapor
import Web

/// `zhibu serve | migrate | demo | create-admin | audit verify | import | export | backup | bench`
@main
enum Entrypoint {
    static func main() async throws {
        var env = try Environment.detect()
        try LoggingSystem.bootstrap(from: &env)
        let app = try await Application.make(env)
        do {
            try await configure(app, config: AppConfig.fromEnvironment())
            registerCommands(app)
            if isServing(env) { try await app.autoMigrate() }
            try await app.execute()
        } catch {
            app.logger.report(error: error)
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    /// `serve` migrates a new database by itself, so that a first `make run` needs nothing else.
    private static func isServing(_ env: Environment) -> Bool {
        let command = env.arguments.dropFirst().first
        return command == nil || command == "serve" || command?.hasPrefix("-") == true
    }
}
