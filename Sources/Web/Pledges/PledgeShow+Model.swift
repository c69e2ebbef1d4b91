import Domain
import Foundation
import Persistence
import Vapor

/// One pledge: the promise, its reports with evidence, the committee's appraisal, and the masses' comments and
/// ratings, with the forms the actor may use now.
enum PledgeShow {
    struct Model {
        var summary: PledgeSummary
        var organizationName: String
        var updates: [PledgeUpdate]
        var comments: [PledgeComment]
        var myRating: Int?
        var party: PledgeParty
        /// The actions the rules would accept from this actor today, by code.
        var actions: [String]
        var today: LocalDate
        var timeZone: TimeZone
        var pledge: Pledge { summary.pledge }
    }

    /// What was typed into the form that was refused, so that it comes back whole beside its message.
    struct Typed {
        var form: String = ""
        var error: DomainError?
        var comment = ""
        var reportKind = ""
        var reportText = ""
        var evidence = ""
        var remark = ""
    }

    static func response(_ request: Request, id: Pledge.ID, typed: Typed = Typed()) async throws -> Response {
        let model = try await load(request, id: id)
        return try View(model: model, typed: typed, context: PageContext(request)).render()
            .response(status: typed.error?.status ?? .ok)
    }

    static func load(_ request: Request, id: Pledge.ID) async throws -> Model {
        let actor = try request.actor, pledges = request.stores.pledges
        let pledge = try await pledges.find(id, actor: actor)
        let party = try await pledges.party(pledge, actor: actor)
        let zone = try await request.schoolTimeZone()
        let today = LocalDate(request.now, in: zone)
        let summary = try await pledges.summaries([pledge])[0]
        let organization = try await request.stores.organizations.names(of: [pledge.organizationID])[pledge.organizationID] ?? ""
        return Model(summary: summary, organizationName: organization, updates: try await pledges.updates(of: id),
                     comments: try await pledges.comments(of: id), myRating: try await pledges.rating(of: id, by: actor.personID),
                     party: party, actions: PledgeTransition.possibleActions(pledge, by: party, today: today),
                     today: today, timeZone: zone)
    }
}
