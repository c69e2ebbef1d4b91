import Domain
import Foundation
import Persistence
import Vapor

/// One watch: the student, why and since when, the follow-ups, and what the actor may still do with it.
enum WatchShow {
    struct Model {
        var entry: WatchStore.Entry
        var followUps: [FollowUp]
        /// Display names of the accounts that recorded follow-ups or closed the watch, by login.
        var names: [String: String]
        var today: LocalDate
        var timeZone: TimeZone
        var mayManage: Bool
        /// What was typed into a refused form, shown again.
        var followUpForm: FollowUpForm
        var closeForm: WatchCloseForm

        var watch: Watch { entry.watch }
        func name(_ login: String?) -> String { login.map { names[$0] ?? $0 } ?? "" }
    }

    static func response(_ request: Request, id: Watch.ID, error: DomainError? = nil, followUp: FollowUpForm? = nil,
                         closing: WatchCloseForm? = nil) async throws -> Response {
        let model = try await load(request, id: id, followUp: followUp, closing: closing)
        return try View(model: model, error: error, context: PageContext(request)).render()
            .response(status: error?.status ?? .ok)
    }

    static func load(_ request: Request, id: Watch.ID, followUp: FollowUpForm?, closing: WatchCloseForm?) async throws -> Model {
        let actor = try request.actor, watches = request.stores.watches
        let entry = try await watches.find(id, scope: actor.scope)
        let followUps = try await watches.followUps(of: id, scope: actor.scope)
        let logins = Set(followUps.map(\.recordedBy) + [entry.watch.closedBy].compactMap { $0 })
        return Model(entry: entry, followUps: followUps, names: try await watches.accountNames(logins),
                     today: try await request.today(), timeZone: try await request.schoolTimeZone(),
                     mayManage: actor.may(.manageWatches),
                     followUpForm: followUp ?? FollowUpForm(), closeForm: closing ?? WatchCloseForm())
    }
}
