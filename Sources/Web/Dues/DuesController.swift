import Domain
import Persistence
import Plot
import Vapor

/// The dues pages that read: the branch's year (members × months), the member's own page, and the arrears list.
enum DuesController {
    static let endpoints = [
        Endpoint(.GET, "dues", .manageDues, sheet),
        Endpoint(.GET, "dues/mine", .viewDues, mine),
        Endpoint(.GET, "dues/arrears", .manageDues, arrears),
    ]

    @Sendable static func sheet(_ request: Request) async throws -> Response {
        let actor = try request.actor, context = PageContext(request)
        guard let organization = try await request.duesOrganization() else {
            return try Layout.page(request.strings.duesTitle, context, .p(.text(request.strings.duesNoOrganization))).response()
        }
        let year = try request.year(default: try await request.today())
        let sheet = try await request.stores.dues.sheet(under: organization, year: year, scope: actor.scope, now: request.now)
        let choices = try await DuesPages.choices(request)
        return try DuesSheetPage(sheet: sheet, choices: choices, context: context).render().response()
    }

    @Sendable static func mine(_ request: Request) async throws -> Response {
        let actor = try request.actor, s = request.strings
        guard let person = actor.personID else { throw DomainError.notFound }
        let year = try request.year(default: try await request.today())
        let dues = request.stores.dues
        let (member, sheet) = try await dues.statement(of: person, year: year, scope: .init(schools: actor.scope.schools, grants: [.person(person)]),
                                                       now: request.now)
        let all = try await dues.arrears(under: sheet.organization, scope: .init(schools: actor.scope.schools, grants: [.person(person)]),
                                         now: request.now)
        let reductions = try await dues.reductions(under: nil, scope: actor.scope, person: person)
        return try DuesMinePage(member: member, sheet: sheet, arrears: all.first?.arrears, reductions: reductions,
                                context: PageContext(request)).render(s).response()
    }

    @Sendable static func arrears(_ request: Request) async throws -> Response {
        let actor = try request.actor, context = PageContext(request)
        guard let organization = try await request.duesOrganization() else { throw DomainError.notFound }
        let lines = try await request.stores.dues.arrears(under: organization, scope: actor.scope, now: request.now)
        return try DuesArrearsPage(organization: organization, lines: lines, choices: try await DuesPages.choices(request),
                                   context: context).render().response()
    }
}

/// What the dues pages share: the organisations to choose from, and the organisation chooser.
enum DuesPages {
    static func choices(_ request: Request) async throws -> [Organization] {
        try await request.stores.organizations.list(scope: try request.actor.scope).filter { $0.kind != .group }
    }

    static func chooser(_ path: String, organization: Organization, choices: [Organization], year: Int?,
                        context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        return .form(.method(.get), .action(path), .class("filters"),
            Form.select(s.duesOrganization, name: "org", options: choices.map { ($0.id.rawValue.uuidString, $0.name) },
                        selected: organization.id.rawValue.uuidString),
            .unwrap(year) { Form.text(s.duesYear, name: "year", value: String($0), type: .number) },
            .button(.type(.submit), .text(s.filter)))
    }

    /// Links between the dues pages of one organisation, as the actor's permissions allow.
    static func links(_ organization: Organization, year: Int?, context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings, org = organization.id
        return .div(.class("pager"),
            .if(context.may(.manageDues), .group(
                .a(.href(DuesRoute.sheet(org: org, year: year).path), .text(s.duesTitle)),
                .a(.href(DuesRoute.newPayment(org: org, person: nil).path), .text(s.duesRecordPayment)),
                .if(organization.kind == .branch, .a(.class("button primary"), .href(DuesRoute.batch(org: org).path), .text(s.duesBatchTitle))),
                .a(.href(DuesRoute.arrears(org: org).path), .text(s.duesArrearsTitle)),
                .a(.href(DuesRoute.profiles(org: org, year: year).path), .text(s.duesProfilesTitle)),
                .a(.href(DuesRoute.reductions(org: org).path), .text(s.duesReductionsTitle)))),
            .if(context.may(.manageDuesLedger), .a(.href(DuesRoute.ledger(org: org, year: year).path), .text(s.duesLedgerTitle))))
    }
}
