import Domain
import Foundation
import Persistence
import Vapor

/// Roster imports: the upload form, the upload (read and checked here, imported in the background),
/// and the progress and report page, which only the account that started the import may open.
enum ImportsController {
    static let endpoints = [
        Endpoint(.GET, "imports/new", .importRosters, new),
        Endpoint(.POST, "imports", .importRosters, create),
        Endpoint(.GET, "imports/:id", .importRosters, show),
    ]

    /// The upload. Vapor collects at most 20 MB (`defaultMaxBodySize`); a larger one is a 413 page.
    struct UploadForm: Content {
        var file: File?
        var kind: String?
    }

    @Sendable static func new(_ request: Request) async throws -> Response {
        try ImportNew.response(request, ImportNew.Model(kind: .members))
    }

    @Sendable static func create(_ request: Request) async throws -> Response {
        let actor = try request.actor
        guard let school = actor.schoolID else { throw DomainError.forbidden }
        let form = try? request.content.decode(UploadForm.self)
        let kind = form?.kind.flatMap(RosterKind.init(rawValue:)) ?? .members
        if let asked = form?.kind, !asked.isEmpty, RosterKind(rawValue: asked) == nil {
            return try refuse(request, kind: kind, Strings.both(\.invalidChoice))
        }
        guard let file = form?.file, file.data.readableBytes > 0 else {
            return try refuse(request, kind: kind, Strings.both(\.noFileChosen))
        }
        let roster: RosterImport
        do {
            roster = try RosterImport.open(Data(buffer: file.data), fileName: file.filename, kind: kind)
        } catch let refusal as RosterImport.Refusal {
            return try refuse(request, kind: kind, refusal.message)
        }
        let stores = request.application.stores
        let run = RosterImport.Run(stores: stores, places: try await RosterImport.places(stores, scope: actor.scope),
                                   context: try request.auditContext, school: school, logger: request.application.logger)
        let start = try await roster.start(stores, school: school, account: actor.accountID)
        // The application's stores, not the request's: the import outlives the request.
        Task { await roster.run(start, in: run) }
        return request.redirect(to: SiteRoute.importProgress(start.id).path, redirectType: .normal)
    }

    @Sendable static func show(_ request: Request) async throws -> Response {
        let actor = try request.actor
        guard let id = request.parameters.get("id").flatMap(UUID.init(uuidString:)) else { throw DomainError.notFound }
        let progress = try await request.stores.imports.find(id, account: actor.accountID, now: request.now)
        return try ImportShow.View(model: ImportShow.Model(progress: progress), context: PageContext(request)).render().response()
    }

    private static func refuse(_ request: Request, kind: RosterKind, _ message: Message) throws -> Response {
        try ImportNew.response(request, ImportNew.Model(kind: kind, error: message.text(request.locale)),
                               status: .unprocessableEntity)
    }
}
