import Fluent
import Foundation
import SQLKit
import Vapor

/// `zhibu backup FILE`: a consistent copy of the SQLite database while the server runs (VACUUM INTO).
/// PostgreSQL deployments back up with pg_dump, which this command names instead of imitating.
struct BackupCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "file", help: "Where to write the copy (must not exist)") var file: String
    }

    var help: String { "Copies the SQLite database to a file, consistently, while it is in use" }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let sql = context.application.db as? any SQLDatabase, sql.dialect.name == "sqlite" else {
            throw Abort(.badRequest, reason: "On PostgreSQL, back up with: pg_dump --format=custom \"$DATABASE_URL\" > zhibu.dump")
        }
        guard !FileManager.default.fileExists(atPath: signature.file) else {
            throw Abort(.conflict, reason: "\(signature.file) exists already; choose a new file")
        }
        try await sql.raw("VACUUM INTO \(bind: signature.file)").run()
        context.console.print("Backed up to \(signature.file). The key file (data/zhibu.key) must be kept with it, apart.")
    }
}
