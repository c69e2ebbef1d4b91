import Domain
import Foundation
import Persistence
import Vapor

/// `zhibu export --as LOGIN --format xlsx|csv --output FILE [--org ID] [--status S] [--layout members|students]`:
/// the people list that account sees, written as the download would be (masked numbers, audited).
struct ExportCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "as", help: "Login of the account to export as") var login: String?
        @Option(name: "format", help: "xlsx (default) or csv") var format: String?
        @Option(name: "output", help: "The file to write") var output: String?
        @Option(name: "org", help: "Only this organisation's subtree (its id)") var organization: String?
        @Option(name: "status", help: "Only this political status (e.g. full_member)") var status: String?
        @Option(name: "layout", help: "members or students (default: guessed from the list)") var layout: String?
        @Option(name: "lang", help: "Language of the headers: zh-Hans (default) or en") var lang: String?
    }

    var help: String { "Exports the people list an account sees" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        guard let format = PeopleExport.Format(rawValue: signature.format ?? "xlsx") else {
            throw Abort(.badRequest, reason: "--format must be xlsx or csv")
        }
        guard let output = signature.output, !output.isEmpty else { throw Abort(.badRequest, reason: "--output FILE is required") }
        let layout = try signature.layout.map { text in
            guard let kind = RosterKind(rawValue: text) else { throw Abort(.badRequest, reason: "--layout must be members or students") }
            return kind
        }
        let actor = try await app.actor(login: signature.login, needing: .exportLists)
        let query = try query(signature)
        let export = try await PeopleExport.make(query.filter, layout: layout, format: format, actor: actor, stores: app.stores,
                                                 locale: Message.Locale(rawValue: signature.lang ?? "zh-Hans") ?? .zhHans)
        try export.data.write(to: URL(fileURLWithPath: output))
        try await export.record(target: "people" + query.queryString, actor: actor, address: "cli",
                                now: app.zhibu.clock.now(), stores: app.stores)
        context.console.print("Wrote \(export.rowCount) rows (\(export.layout.rawValue) layout) to \(output).")
    }

    private func query(_ signature: Signature) throws -> PeopleQuery {
        var query = PeopleQuery()
        if let text = signature.organization, !text.isEmpty {
            guard let id = UUID(uuidString: text) else { throw Abort(.badRequest, reason: "--org must be an organisation id") }
            query.organizationID = .init(id)
        }
        if let text = signature.status, !text.isEmpty {
            guard let status = PoliticalStatus(rawValue: text) else {
                throw Abort(.badRequest, reason: "--status must be one of " + PoliticalStatus.allCases.map(\.rawValue).joined(separator: ", "))
            }
            query.status = status
        }
        return query
    }
}
