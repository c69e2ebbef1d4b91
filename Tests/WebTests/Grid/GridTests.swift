import Domain
import Foundation
import Testing
import Vapor
@testable import Web

extension AllTests {
    /// The campus grid's pages and API, scoped like everything else: a counsellor sees their classes alone.
    @Suite struct GridTests {
        let first = TestWorld.first, second = TestWorld.second

        @Test func counselor_seesOnlyTheirClasses_asRoots() async throws {
            try await withApp(demoMode: true) { app in
                // setup
                let classes = Set(first.account("counselor1")!.assignments.compactMap(\.gridUnitID).map(\.rawValue))
                let college = first.gridUnits.first { $0.kind == .college }!
                let browser = try Browser(app)
                _ = try await browser.login("counselor1")
                // MUT
                let page = try await browser.get("/grid")
                let collegePage = try await browser.get("/grid/\(college.id.rawValue)")
                // validate
                #expect(page.status == .ok)
                #expect(!classes.isEmpty)
                #expect(Links.ids("/grid/", in: page.body.string) == classes)
                #expect(collegePage.status == .notFound)
            }
        }

        @Test func classPage_listsItsStudents_dormsAndLinks() async throws {
            try await withApp(demoMode: true) { app in
                // setup
                let classID = try #require(first.account("counselor1")!.assignments.first?.gridUnitID)
                let students = first.people.filter { $0.person.classID == classID }.map(\.person)
                let dorms = first.gridUnits.filter { $0.parentID == classID }
                let browser = try Browser(app)
                _ = try await browser.login("counselor1")
                // MUT
                let page = try await browser.get("/grid/\(classID.rawValue)")
                // validate
                let html = page.body.string
                #expect(page.status == .ok)
                #expect(Links.ids("/people/", in: html) == Set(students.prefix(50).map(\.id.rawValue)))
                // The page links to itself only in the language switch; its major lies outside the scope, unlinked.
                #expect(Links.ids("/grid/", in: html).subtracting([classID.rawValue]) == Set(dorms.map(\.id.rawValue)))
                #expect(html.contains("/people?grid=\(classID.rawValue)"))
                #expect(html.contains("/people/export.xlsx?grid=\(classID.rawValue)"))
            }
        }

        @Test func organisationDepartment_seesCollegesMajorsAndClasses_butNoDorms() async throws {
            try await withApp(demoMode: true) { app in
                let browser = try Browser(app)
                _ = try await browser.login("org")
                let page = try await browser.get("/grid")
                let expected = first.gridUnits.filter { $0.kind != .dorm }.map(\.id.rawValue)
                #expect(Links.ids("/grid/", in: page.body.string) == Set(expected))
                #expect(try await browser.get("/grid/\(second.gridUnits[0].id.rawValue)").status == .notFound)
            }
        }

        @Test func gridAPI_isScoped_andFiltersByKind() async throws {
            try await withApp(demoMode: true) { app in
                // setup
                let classes = Set(first.account("counselor1")!.assignments.compactMap(\.gridUnitID))
                let browser = try Browser(app)
                _ = try await browser.apiLogin("counselor1")
                // MUT
                let all = try await browser.json(.GET, "/api/v1/grid-units")
                let onlyClasses = try await browser.json(.GET, "/api/v1/grid-units?kind=class")
                let foreign = try await browser.json(.GET, "/api/v1/grid-units/\(second.gridUnits[0].id.rawValue)")
                let own = try await browser.json(.GET, "/api/v1/grid-units/\(classes.first!.rawValue)")
                // validate
                let units = try JSONDecoder().decode([Probe].self, from: Data(buffer: all.body))
                let expected = first.gridUnits.filter { classes.contains($0.id) || $0.parentID.map(classes.contains) == true }
                #expect(Set(units.map(\.id)) == Set(expected.map(\.id.rawValue)))
                #expect(Set(try JSONDecoder().decode([Probe].self, from: Data(buffer: onlyClasses.body)).map(\.id))
                    == Set(classes.map(\.rawValue)))
                #expect(foreign.status == .notFound)
                #expect(own.status == .ok)
            }
        }

        struct Probe: Decodable { var id: UUID; var kind: String }
    }
}
