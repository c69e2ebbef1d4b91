import Domain
import Foundation
import Persistence
import Vapor

/// Downloads of the people list as a roster (.xlsx or .csv), with the list's filters and the actor's scope:
/// an out-of-scope filter is a 404 like the list's. Personal numbers are written masked, always; every
/// export is one audit event carrying its row count.
enum PeopleExportController {
    static let endpoints = [
        Endpoint(.GET, "people/export.xlsx", .exportLists) { try await export($0, format: .xlsx) },
        Endpoint(.GET, "people/export.csv", .exportLists) { try await export($0, format: .csv) },
    ]

    @Sendable static func export(_ request: Request, format: PeopleExport.Format) async throws -> Response {
        let actor = try request.actor
        let query = try PeopleQuery(request)
        var layout: RosterKind?
        if let asked = request.query[String.self, at: "layout"], !asked.isEmpty {
            guard let kind = RosterKind(rawValue: asked) else { throw Abort(.badRequest, reason: "unknown layout") }
            layout = kind
        }
        let export = try await PeopleExport.make(query.filter, layout: layout, format: format, actor: actor,
                                                 stores: request.stores, locale: request.locale)
        var listed = query
        listed.page = 1
        try await export.record(target: "people" + listed.queryString, actor: actor, address: request.clientAddress,
                                now: request.now, stores: request.stores)
        let day = try await exportDay(request.stores, actor: actor, now: request.now)
        return ListExport.attachment(export.data, format: export.format,
                                     name: .init(ascii: "people", localised: request.strings.exportFileName), day: day)
    }

    /// The school's business date of the export, for the file name.
    static func exportDay(_ stores: Stores, actor: Actor, now: Date) async throws -> String {
        var school: School?
        if let id = actor.schoolID { school = try await stores.schools.find(id) }
        let zone = school?.timeZone ?? .schoolDefault
        return LocalDate(now, in: zone).iso.replacingOccurrences(of: "-", with: "")
    }
}
