import Domain
import Foundation
import Persistence
import Plot
import Vapor

/// Setting members' categories and bases for a year, and the reductions: applying (a member for themself, or the
/// branch for them), the branch's discussion and the committee's decision.
enum DuesProfilesController {
    static let endpoints = [
        Endpoint(.GET, "dues/profiles", .manageDues, profiles),
        Endpoint(.POST, "dues/profiles", .manageDues, setProfile),
        Endpoint(.GET, "dues/reductions", .viewDues, reductions),
        Endpoint(.POST, "dues/reductions", .viewDues, apply),
        Endpoint(.POST, "dues/reductions/:id/discussion", .manageDues, discuss),
        Endpoint(.POST, "dues/reductions/:id/decision", .approveDuesReductions, decide),
    ]

    struct ProfileInput: Content {
        var person: String?
        var year: Int?
        var category: String?
        var base: String?
    }

    struct ReductionInput: Content {
        var person: String?
        var kind: String?
        var amount: String?
        var from: String?
        var to: String?
        var reason: String?
        var day: String?
        var note: String?
        var decision: String?
        var reference: String?
    }

    @Sendable static func profiles(_ request: Request) async throws -> Response {
        try await profilesPage(request, year: try request.year(default: try await request.today()), failed: nil)
    }

    @Sendable static func setProfile(_ request: Request) async throws -> Response {
        let input = try request.content.decode(ProfileInput.self)
        let today = try await request.today()
        let year = input.year ?? today.year
        do {
            guard let person = input.person.flatMap(UUID.init(uuidString:)) else { throw DomainError.notFound }
            guard let category = input.category.flatMap(DuesCategory.init(rawValue:)) else {
                throw DomainError.invalid(field: "category", message: Message(zh: "请选择类别", en: "Choose the category"))
            }
            try await request.stores.dues.setProfile(person: .init(person), year: year, category: category,
                                                     base: try Request.yuan(input.base, field: "base"), context: try request.auditContext)
            return request.redirect(to: DuesRoute.profiles(org: try request.optionalID("org"), year: year).path + "#member-\(person)",
                                    redirectType: .normal)
        } catch let error as DomainError where error.status == .unprocessableEntity {
            return try await profilesPage(request, year: year, failed: (input, error))
        }
    }

    @Sendable static func reductions(_ request: Request) async throws -> Response {
        try await reductionsPage(request, failed: nil)
    }

    @Sendable static func apply(_ request: Request) async throws -> Response {
        let input = try request.content.decode(ReductionInput.self)
        let actor = try request.actor
        do {
            let person = try input.person.flatMap { $0.isEmpty ? nil : $0 }.map { text -> Person.ID in
                guard let id = UUID(uuidString: text) else { throw DomainError.notFound }
                return .init(id)
            } ?? actor.personID
            guard let person else { throw DomainError.notFound }
            let kind = DuesReduction.Kind(rawValue: input.kind ?? "") ?? .exempt
            try await request.stores.dues.applyForReduction(.init(
                person: person, kind: kind, amount: try Request.yuan(input.amount, field: "amount"),
                from: try Request.yearMonth(input.from, field: "from"), to: try Request.yearMonth(input.to, field: "to"),
                reason: input.reason ?? ""), context: try request.auditContext)
            return request.redirect(to: request.headers.first(name: .referer).flatMap(URL.init(string:))?.path == "/dues/mine"
                                    ? DuesRoute.mine(year: nil).path : DuesRoute.reductions(org: try request.optionalID("org")).path,
                                    redirectType: .normal)
        } catch let error as DomainError where error.status == .unprocessableEntity {
            return try await reductionsPage(request, failed: (input, error))
        }
    }

    @Sendable static func discuss(_ request: Request) async throws -> Response {
        let input = try request.content.decode(ReductionInput.self)
        do {
            guard let day = input.day.flatMap(LocalDate.init(iso:)) else {
                throw DomainError.invalid(field: "day", message: Message(zh: "请填写讨论日期", en: "Give the day of the discussion"))
            }
            try await request.stores.dues.discussReduction(try request.id("id"), on: day, note: input.note ?? "", context: try request.auditContext)
            return request.redirect(to: DuesRoute.reductions(org: nil).path, redirectType: .normal)
        } catch let error as DomainError where error.status == .unprocessableEntity || error.status == .conflict {
            return try await reductionsPage(request, failed: (input, error))
        }
    }

    @Sendable static func decide(_ request: Request) async throws -> Response {
        let input = try request.content.decode(ReductionInput.self)
        do {
            try await request.stores.dues.decideReduction(try request.id("id"), approve: input.decision != "refuse",
                                                          reference: input.reference ?? "", context: try request.auditContext)
            return request.redirect(to: DuesRoute.reductions(org: nil).path, redirectType: .normal)
        } catch let error as DomainError where error.status == .unprocessableEntity || error.status == .conflict {
            return try await reductionsPage(request, failed: (input, error))
        }
    }

    private static func profilesPage(_ request: Request, year: Int, failed: (ProfileInput, DomainError)?) async throws -> Response {
        guard let organization = try await request.duesOrganization() else { throw DomainError.notFound }
        let sheet = try await request.stores.dues.sheet(under: organization, year: year, scope: try request.actor.scope, now: request.now)
        return try DuesProfilesPage(sheet: sheet, choices: try await DuesPages.choices(request), failed: failed,
                                    context: PageContext(request)).render().response(status: failed?.1.status ?? .ok)
    }

    private static func reductionsPage(_ request: Request, failed: (ReductionInput, DomainError)?) async throws -> Response {
        let actor = try request.actor, dues = request.stores.dues
        let organization = actor.may(.manageDues) || actor.may(.approveDuesReductions) ? try await request.duesOrganization() : nil
        var members: [DuesMember] = []
        if let organization { members = try await dues.members(under: organization, scope: actor.scope) }
        let list = try await dues.reductions(under: organization, scope: actor.scope, person: organization == nil ? actor.personID : nil)
        let names = Dictionary(uniqueKeysWithValues: members.map { ($0.personID, $0.name) })
        return try DuesReductionsPage(organization: organization, members: members, reductions: list, names: names, failed: failed,
                                      context: PageContext(request)).render().response(status: failed?.1.status ?? .ok)
    }
}
