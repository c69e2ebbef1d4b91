import Foundation
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
            if isServing(env) { try await app.autoMigrate() } else { app.jobs.interval = 0 }  // only `serve` runs jobs
            try await app.execute()
        } catch {
            // A refused command (an unreadable file, a tampered audit trail) ends with its reason and status 1,
            // not with a crash report.
            let reason = (error as? any AbortError)?.reason ?? String(describing: error)
            FileHandle.standardError.write(Data("zhibu: \(reason)\n".utf8))
            try? await app.asyncShutdown()
            exit(1)
        }
        try await app.asyncShutdown()
    }

    /// `serve` migrates a new database by itself, so that a first `make run` needs nothing else.
    private static func isServing(_ env: Environment) -> Bool {
        let command = env.arguments.dropFirst().first
        return command == nil || command == "serve" || command?.hasPrefix("-") == true
    }
}
