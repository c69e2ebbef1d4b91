import Fluent
import Persistence
import Vapor

/// `zhibu audit verify`: walks every audit chain and reports any edited, inserted or deleted event.
struct AuditCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "action", help: "verify") var action: String
    }

    var help: String { "Verifies the audit trail's hash chains" }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard signature.action == "verify" else { throw Abort(.badRequest, reason: "usage: zhibu audit verify") }
        let result = try await context.application.stores.audit.verify(on: context.application.db)
        context.console.print("Checked \(result.eventsChecked) events in \(result.chainsChecked) chains.")
        if result.isIntact {
            context.console.print("The audit trail is intact.")
        } else {
            for problem in result.problems { context.console.error(problem) }
            throw Abort(.internalServerError, reason: "The audit trail has been tampered with (\(result.problems.count) problems).")
        }
    }
}
