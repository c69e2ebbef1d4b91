import Domain
import Foundation
import Testing
import Vapor
@testable import Web

extension AllTests {
    /// The party tree's pages and API: each actor sees exactly their part of it, and nothing of another school.
    @Suite struct OrganizationsTests {
        let first = TestWorld.first, second = TestWorld.second

        @Test func tree_showsTheWholeSchool_toTheOrganisationDepartment() async throws {
            try await withApp(demoMode: true) { app in
                // setup
                let browser = try Browser(app)
                _ = try await browser.login("org")
                // MUT
                let page = try await browser.get("/organizations")
                // validate
                #expect(page.status == .ok)
                let shown = Links.ids("/organizations/", in: page.body.string)
                #expect(first.organizations.count > 150)
                #expect(shown == Set(first.organizations.map(\.id.rawValue)))
                #expect(shown.isDisjoint(with: second.organizations.map(\.id.rawValue)))
            }
        }

        @Test func otherSchoolsOrganisations_answer404_onPageAndAPI() async throws {
            try await withApp(demoMode: true) { app in
                // setup
                let browser = try Browser(app)
                _ = try await browser.login("org")
                _ = try await browser.apiLogin("org")
                let foreign = [second.organizations[0], second.organizations.first { $0.kind == .branch }!]
                for organization in foreign {
                    // MUT
                    let page = try await browser.get("/organizations/\(organization.id.rawValue)")
                    let api = try await browser.json(.GET, "/api/v1/organizations/\(organization.id.rawValue)")
                    // validate
                    #expect(page.status == .notFound)
                    #expect(api.status == .notFound)
                }
                let list = try JSONDecoder().decode([Probe].self, from: Data(buffer: try await browser.json(.GET, "/api/v1/organizations").body))
                #expect(Set(list.map(\.id)) == Set(first.organizations.map(\.id.rawValue)))
            }
        }

        @Test func collegeSecretary_seesOnlyTheCollegeSubtree() async throws {
            try await withApp(demoMode: true) { app in
                // setup
                let college = first.organizations.first { $0.id == first.account("college1")!.assignments[0].organizationID }!
                let expected = Set(first.organizations.filter { college.path.contains($0.path) }.map(\.id.rawValue))
                let browser = try Browser(app)
                _ = try await browser.login("college1")
                _ = try await browser.apiLogin("college1")
                // MUT
                let page = try await browser.get("/organizations")
                let api = try await browser.json(.GET, "/api/v1/organizations")
                let root = try await browser.get("/organizations/\(first.organizations[0].id.rawValue)")
                // validate
                #expect(expected.count > 5 && expected.count < first.organizations.count)
                #expect(Links.ids("/organizations/", in: page.body.string) == expected)
                #expect(Set(try JSONDecoder().decode([Probe].self, from: Data(buffer: api.body)).map(\.id)) == expected)
                #expect(root.status == .notFound)
            }
        }

        @Test func counselor_isRefusedTheTree_byPolicy() async throws {
            try await withApp(demoMode: true) { app in
                let browser = try Browser(app)
                _ = try await browser.login("counselor1")
                _ = try await browser.apiLogin("counselor1")
                #expect(try await browser.get("/organizations").status == .forbidden)
                #expect(try await browser.get("/organizations/\(first.organizations[0].id.rawValue)").status == .forbidden)
                #expect(try await browser.json(.GET, "/api/v1/organizations").status == .forbidden)
            }
        }

        @Test func branchPage_showsItsCommittee_membersAndLinks() async throws {
            try await withApp(demoMode: true) { app in
                // setup
                let secretary = TestWorld.person(of: "branch1")
                let branch = try #require(secretary.organizationID)
                let browser = try Browser(app)
                _ = try await browser.login("branch1")
                // MUT
                let page = try await browser.get("/organizations/\(branch.rawValue)")
                let parent = first.organizations.first { $0.id == branch }!.parentID!
                // validate
                let html = page.body.string
                #expect(page.status == .ok)
                #expect(html.contains("支部委员会") && html.contains(secretary.name))
                #expect(Links.ids("/people/", in: html).contains(secretary.id.rawValue))
                #expect(html.contains("/people?org=\(branch.rawValue)"))
                #expect(html.contains("/people/new?org=\(branch.rawValue.uuidString)"))
                // The parent committee lies above the secretary's scope: named, not linked.
                #expect(!Links.ids("/organizations/", in: html).contains(parent.rawValue))
                #expect(try await browser.get("/organizations/\(parent.rawValue)").status == .notFound)
            }
        }

        @Test func organizationAPI_countsThePeopleOfTheSubtree() async throws {
            try await withApp(demoMode: true) { app in
                // setup
                let college = first.organizations.first { $0.id == first.account("college1")!.assignments[0].organizationID }!
                let inSubtree = Set(first.organizations.filter { college.path.contains($0.path) }.map(\.id))
                let expected = first.people.filter { $0.person.organizationID.map(inSubtree.contains) == true }.count
                let browser = try Browser(app)
                _ = try await browser.apiLogin("org")
                // MUT
                let answer = try await browser.json(.GET, "/api/v1/organizations/\(college.id.rawValue)")
                let branches = try await browser.json(.GET, "/api/v1/organizations?kind=branch")
                let bogus = try await browser.json(.GET, "/api/v1/organizations?kind=bogus")
                // validate
                #expect(try JSONDecoder().decode(Probe.self, from: Data(buffer: answer.body)).memberCount == expected)
                let kinds = Set(try JSONDecoder().decode([Probe].self, from: Data(buffer: branches.body)).map(\.kind))
                #expect(kinds == ["branch"])
                #expect(bogus.status == .badRequest)
            }
        }

        @Test func siblingOrder_readsNumbers_inDigitsAndChineseOrdinals() {
            let names = ["第十党支部", "第二党支部", "第十二党支部", "第一党支部", "软件2310班", "软件2309班"]
            #expect(names.sorted(by: SiblingOrder.precedes)
                == ["第一党支部", "第二党支部", "第十党支部", "第十二党支部", "软件2309班", "软件2310班"])
        }

        @Test func forest_makesOrphansRoots_andSumsSubtrees() {
            // (id, parent, value): 9 is outside the list, as a counsellor's majors are outside their scope.
            let items = [(1, nil, 1), (2, 1, 2), (3, 2, 3), (4, 9, 4), (5, 1, 5)] as [(Int, Int?, Int)]
            let forest = Forest(items, id: \.0, parentID: \.1, areInIncreasingOrder: { $0.0 < $1.0 })
            #expect(forest.roots.map(\.item.0) == [1, 4])
            #expect(forest.roots[0].children.map(\.item.0) == [2, 5])
            #expect(forest.totals(id: \.0, value: \.2) == [1: 11, 2: 5, 3: 3, 4: 4, 5: 5])
        }

        struct Probe: Decodable { var id: UUID; var kind: String; var memberCount: Int? }
    }
}

/// Ids of the records a page links to, read from its `href`s.
enum Links {
    static func ids(_ prefix: String, in html: String) -> Set<UUID> {
        var found = Set<UUID>(), rest = html[...]
        while let range = rest.range(of: "href=\"" + prefix) {
            rest = rest[range.upperBound...]
            if let id = UUID(uuidString: String(rest.prefix(36))) { found.insert(id) }
        }
        return found
    }
}
