import Domain
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Web

extension AllTests {
    /// Out-of-scope records answer exactly like missing ones, on pages, in the API, in lists and search.
    @Suite struct ScopeIsolationTests {
        let first = TestWorld.first, second = TestWorld.second

        @Test func otherSchoolsPerson_answers404_likeAMissingOne() async throws {
            try await withApp(demoMode: true) { app in
                // setup
                let browser = try Browser(app)
                _ = try await browser.apiLogin("org")
                let foreign = second.people[0].person.id.rawValue
                // MUT
                let outside = try await browser.json(.GET, "/api/v1/people/\(foreign)")
                let missing = try await browser.json(.GET, "/api/v1/people/\(UUID())")
                let page = try await browser.get("/people/\(foreign)")
                // validate
                #expect(outside.status == .notFound)
                let outsideError = try JSONDecoder().decode(APIError.self, from: Data(buffer: outside.body))
                let missingError = try JSONDecoder().decode(APIError.self, from: Data(buffer: missing.body))
                #expect(outsideError.error == missingError.error && outsideError.reason == missingError.reason)
                #expect(page.status == .notFound)
            }
        }

        @Test func lists_showOnlyThePartOfTheTreeInScope() async throws {
            try await withApp(demoMode: true) { app in
                let student = try Browser(app)
                _ = try await student.apiLogin("student1")
                let own = try await student.json(.GET, "/api/v1/people")
                let ownPage = try JSONDecoder().decode(PageProbe.self, from: Data(buffer: own.body))
                #expect(ownPage.total == 1)
                #expect(ownPage.items.first?.id == first.account("student1")!.personID!.rawValue)

                let branch = try Browser(app)
                _ = try await branch.apiLogin("branch1")
                let members = try JSONDecoder().decode(PageProbe.self, from: Data(buffer: try await branch.json(.GET, "/api/v1/people?pageSize=500").body))
                let branchID = TestWorld.person(of: "branch1").organizationID!
                let branchPath = first.organizations.first { $0.id == branchID }!.path
                let inBranch = Set(first.people.filter { p in
                    p.person.organizationID.flatMap { id in first.organizations.first { $0.id == id } }.map { branchPath.contains($0.path) } == true
                }.map(\.person.id.rawValue)).union([TestWorld.person(of: "branch1").id.rawValue])
                #expect(members.total == inBranch.count)
                #expect(Set(members.items.map(\.id)).isSubset(of: inBranch))
            }
        }

        @Test func counselor_seesOnlyTheStudentsOfTheirClasses() async throws {
            try await withApp(demoMode: true) { app in
                let browser = try Browser(app)
                _ = try await browser.apiLogin("counselor1")
                let classes = Set(first.account("counselor1")!.assignments.compactMap(\.gridUnitID))
                let page = try JSONDecoder().decode(PageProbe.self, from: Data(buffer: try await browser.json(.GET, "/api/v1/people?pageSize=500").body))
                let expected = first.people.filter { $0.person.classID.map(classes.contains) == true }.count + 1  // + themself
                #expect(page.total == expected)
                let stranger = try #require(first.people.first { $0.person.kind == .student && $0.person.classID.map(classes.contains) == false })
                #expect(try await browser.json(.GET, "/api/v1/people/\(stranger.person.id.rawValue)").status == .notFound)
                #expect(try await browser.get("/people?q=\(stranger.person.number)").body.string.contains(stranger.person.name) == false)
            }
        }

        @Test func search_neverReachesAnotherSchool() async throws {
            try await withApp(demoMode: true) { app in
                let browser = try Browser(app)
                _ = try await browser.apiLogin("org")
                let foreigner = second.people.first { $0.person.kind == .student }!.person
                let found = try JSONDecoder().decode(PageProbe.self, from: Data(buffer:
                    try await browser.json(.GET, "/api/v1/people?q=\(foreigner.number)").body))
                #expect(!found.items.contains { $0.id == foreigner.id.rawValue })
                let organizations = try await browser.json(.GET, "/api/v1/people?org=\(second.organizations[0].id.rawValue)")
                #expect(organizations.status == .notFound)
            }
        }

        struct PageProbe: Decodable {
            struct Item: Decodable { var id: UUID; var name: String }
            var items: [Item]
            var total: Int
        }
    }
}
