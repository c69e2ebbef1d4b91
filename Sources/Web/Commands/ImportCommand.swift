import Domain
import Foundation
import Persistence
import Vapor

/// `zhibu import FILE --kind members|students --as LOGIN [--lang zh-Hans|en]`: imports a roster exactly as that
/// account would from the upload page (its scope, its name in the audit trail), printing progress, the summary
/// and the rejected rows. Exits non-zero when the file cannot be read or the import stops.
struct ImportCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "file", help: "The roster, .xlsx or .csv") var file: String
        @Option(name: "kind", help: "members (default) or students") var kind: String?
        @Option(name: "as", help: "Login of the account to import as") var login: String?
        @Option(name: "lang", help: "Language of the report: zh-Hans (default) or en") var lang: String?
    }

    var help: String { "Imports a roster (.xlsx or .csv) as the given account" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application, console = context.console
        try await app.autoMigrate()
        guard let kind = RosterKind(rawValue: signature.kind ?? "members") else {
            throw Abort(.badRequest, reason: "--kind must be members or students")
        }
        let locale = Message.Locale(rawValue: signature.lang ?? "zh-Hans") ?? .zhHans
        let actor = try await app.actor(login: signature.login, needing: .importRosters)
        guard let school = actor.schoolID else { throw Abort(.forbidden, reason: "the account belongs to no school") }
        let roster = try open(signature.file, kind: kind, locale: locale)
        let stores = app.stores
        let run = RosterImport.Run(stores: stores, places: try await RosterImport.places(stores, scope: actor.scope),
                                   context: AuditContext(actor: actor, address: "cli", now: app.zhibu.clock.now()), school: school,
                                   logger: app.logger)
        let start = try await roster.start(stores, school: school, account: actor.accountID)
        let final = await roster.run(start, in: run) { progress in
            console.print("rows: \(progress.processedRows)/\(progress.totalRows)")
        }
        report(final, locale: locale, console: console)
        guard final.status == .done else { throw Abort(.internalServerError, reason: "the import stopped; see the log") }
    }

    private func open(_ path: String, kind: RosterKind, locale: Message.Locale) throws -> RosterImport {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw Abort(.badRequest, reason: "cannot read \(path): \(error.localizedDescription)")
        }
        do {
            return try RosterImport.open(data, fileName: (path as NSString).lastPathComponent, kind: kind)
        } catch let refusal as RosterImport.Refusal {
            throw Abort(.unprocessableEntity, reason: refusal.message.text(locale))
        }
    }

    private func report(_ progress: ImportProgress, locale: Message.Locale, console: any Console) {
        let s = locale == .en ? Strings.en : Strings.zh
        console.print("\(s.createdCount): \(progress.createdCount)  \(s.skippedCount): \(progress.skippedCount)  "
                      + "\(s.rejectedCount): \(progress.errorCount)")
        for line in progress.report where !line.isDataRow || line.outcome == .rejected {
            let field = line.field.flatMap(RosterField.init(rawValue:)).map { " [\($0.label.text(locale))]" } ?? ""
            console.print("\(s.reportRow) \(line.row)\(field): \(Message(zh: line.zh, en: line.en).text(locale))")
        }
    }
}

extension Application {
    /// The actor of an account found by login, for commands that act as that person would on the site.
    func actor(login: String?, needing permission: Permission) async throws -> Actor {
        guard let login, !login.isEmpty else { throw Abort(.badRequest, reason: "--as LOGIN is required") }
        let accounts = stores.accounts
        var number = 1
        while true {
            // AccountStore has no lookup by login yet; accounts are few next to people, so paging is fine.
            let page = try await accounts.list(school: nil, page: ListRequest(number: number, size: 500))
            if let account = page.items.first(where: { $0.login == login }),
               let resolved = try await accounts.actor(account.id, demoMode: zhibu.config.demoMode) {
                guard resolved.actor.may(permission) else {
                    throw Abort(.forbidden, reason: "\(login) may not do this (\(permission.rawValue))")
                }
                return resolved.actor
            }
            guard number < page.pageCount else { throw Abort(.notFound, reason: "no account \(login)") }
            number += 1
        }
    }
}
