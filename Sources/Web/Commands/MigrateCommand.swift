import Fluent
import Vapor

/// `zhibu migrate [--revert]`: runs the pending migrations without asking, so that scripts and CI can call it.
struct MigrateCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Flag(name: "revert", help: "Revert every migration instead") var revert: Bool
    }

    var help: String { "Runs (or reverts) the database migrations" }

    func run(using context: CommandContext, signature: Signature) async throws {
        if signature.revert {
            try await context.application.autoRevert()
            context.console.print("Reverted.")
        } else {
            try await context.application.autoMigrate()
            context.console.print("The database is up to date.")
        }
    }
}
