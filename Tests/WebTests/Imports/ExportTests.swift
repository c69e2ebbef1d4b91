import Domain
import Foundation
import Persistence
import Spreadsheet
import Testing
import Vapor
import VaporTesting
@testable import Web

extension AllTests {
    @Suite struct ExportTests {
        static func download(_ path: String, as login: String, in app: Application) async throws -> LiveServer.Answer {
            try await Downloads.download(path, as: login, in: app)
        }

        static func table(_ response: LiveServer.Answer, fileName: String) throws -> [[String]] {
            try Downloads.table(response, fileName: fileName)
        }

        static func column(_ name: String, in rows: [[String]]) throws -> [String] {
            let index = try #require(rows.first?.firstIndex(of: name))
            return rows.dropFirst().map { $0.indices.contains(index) ? $0[index] : "" }
        }

        @Test func xlsx_holdsEveryVisiblePerson_withMaskedNumbers_andIsAudited() async throws {
            try await withApp(demoMode: true) { app in
                // setup
                let actor = try await app.actor(login: "org", needing: .exportLists)
                let visible = try await app.stores.people.all(.init(), scope: actor.scope)
                // MUT
                let response = try await Self.download("/people/export.xlsx?layout=members", as: "org", in: app)
                // validate
                #expect(response.status == .ok)
                let disposition = response.headers.first(name: .contentDisposition) ?? ""
                #expect(disposition.contains("attachment; filename=\"people-") && disposition.contains(".xlsx\"; filename*=UTF-8''"))
                #expect(response.headers.first(name: .cacheControl) == "no-store")
                let rows = try Self.table(response, fileName: "people.xlsx")
                #expect(rows.count - 1 == visible.count)
                #expect(Set(try Self.column("学工号", in: rows)) == Set(visible.map(\.number)))
                let ids = try Self.column("身份证号", in: rows)
                #expect(ids.allSatisfy { $0.isEmpty || $0.contains("********") })
                #expect(try Self.column("手机号", in: rows).allSatisfy { $0.isEmpty || $0.contains("****") })
                let cells = Set(rows.joined())
                #expect(!TestWorld.first.people.compactMap(\.idNumber?.value).contains { cells.contains($0) })
                let events = try await app.stores.auditTrail.list(.init(action: .listExported), page: ListRequest(), scope: .system)
                #expect(events.items.count == 1 && events.items.first?.actorLogin == "org")
                #expect(events.items.first?.detail.hasPrefix("rows:\(visible.count);format:xlsx") == true)
            }
        }

        @Test func csv_ofACounsellor_holdsOnlyTheirClasses() async throws {
            try await withApp(demoMode: true) { app in
                // setup
                let counselor = Rosters.counselor
                let expected = Set(TestWorld.first.people.map(\.person)
                    .filter { person in person.classID.map(counselor.classIDs.contains) == true || person.id == counselor.personID }
                    .map(\.number))
                // MUT
                let response = try await Self.download("/people/export.csv", as: "counselor1", in: app)
                // validate
                #expect(response.status == .ok)
                #expect(Array(Data(buffer: response.body).prefix(3)) == [0xEF, 0xBB, 0xBF])
                #expect(response.headers.contentType?.subType == "csv")
                let rows = try Self.table(response, fileName: "people.csv")
                #expect(rows.first == RosterExport.header(for: .students, locale: .zhHans))
                #expect(Set(try Self.column("学号", in: rows)) == expected)
                let classNames = Set(counselor.classIDs.map { Rosters.unit($0).name })
                #expect(try Self.column("班级", in: rows).allSatisfy { $0.isEmpty || classNames.contains($0) })
                #expect(try Self.column("学院", in: rows).contains { !$0.isEmpty })
            }
        }

        @Test func statusFilter_writesTheMemberLayout_withTheListsFilters() async throws {
            try await withApp(demoMode: true) { app in
                // setup
                let branch = Rosters.branchInScope
                // MUT
                let response = try await Self.download("/people/export.csv?status=full_member&org=\(branch.id.rawValue)",
                                                       as: "college1", in: app)
                // validate
                #expect(response.status == .ok)
                let rows = try Self.table(response, fileName: "people.csv")
                #expect(rows.first == RosterExport.header(for: .members, locale: .zhHans))
                let expected = TestWorld.first.people.map(\.person).filter {
                    $0.politicalStatus == .fullMember && $0.organizationID.map { id in
                        TestWorld.first.organizations.first { $0.id == id }?.path.rawValue.hasPrefix(branch.path.rawValue) == true
                    } == true
                }
                #expect(Set(try Self.column("学工号", in: rows)) == Set(expected.map(\.number)))
                #expect(try Self.column("党籍状态", in: rows).allSatisfy { $0 == "正式党员" })
            }
        }

        @Test func outOfScopeFilter_is404_andExportsNothing() async throws {
            try await withApp(demoMode: true) { app in
                // MUT
                let response = try await Self.download("/people/export.xlsx?org=\(Rosters.branchOutOfScope.id.rawValue)",
                                                       as: "college1", in: app)
                let badLayout = try await Self.download("/people/export.xlsx?layout=everything", as: "college1", in: app)
                let student = try await Self.download("/people/export.csv", as: "student1", in: app)
                // validate
                #expect(response.status == .notFound && badLayout.status == .badRequest && student.status == .forbidden)
                let events = try await app.stores.auditTrail.list(.init(action: .listExported), page: ListRequest(), scope: .system)
                #expect(events.items.isEmpty)
            }
        }
    }
}
