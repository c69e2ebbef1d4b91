import Domain
import Foundation
import Persistence
import Spreadsheet
import Testing
import Vapor
import VaporTesting
@testable import Web

extension AllTests {
    @Suite struct ImportTests {
        typealias Line = ImportProgress.ReportLine

        /// Title row, header row with one column we do not read, and a row for every way a row can go.
        static func memberRoster(existing: Person) -> [[String]] {
            let inside = Rosters.branchInScope.name, outside = Rosters.branchOutOfScope.name
            let dates = ["2019-03-01", "2019-06-01", "2020-07-01", "2020-12-01", "2021-12-15"]
            return [
                ["党员信息花名册（2026年）"],
                ["学工号", "*姓名", "性别", "身份证号", "所在党支部", "党籍状态", "提交书面申请书时间", "确定为入党积极分子时间",
                 "确定为发展对象时间", "入党时间", "转正时间", "手机号", "入党介绍人"],
                ["T0001", "张三", "男", Rosters.idNumber("11010519990501001"), inside, "正式党员"] + dates + ["13800138000", "李四"],
                ["000123", "王芳", "女", Rosters.idNumber("11010520000202002"), inside, "预备党员",
                 "2023-03-01", "2023-06-01", "2024-07-01", "2025-06-01", "", "", ""],
                [],
                ["T0006", "赵六", "男", "1.10105199905E+17", inside, "正式党员"] + dates + ["", ""],
                ["T0007", "钱七", "女", Rosters.wrongCheck(Rosters.idNumber("11010519980303003")), inside, "正式党员"] + dates + ["", ""],
                ["T0008", "孙八", "男", Rosters.idNumber("11010519970404004"), outside, "正式党员"] + dates + ["", ""],
                ["T0009", "周九", "男", Rosters.idNumber("11010519960505005"), inside, "", "2019-03-01", "2019-06-01", "2019-09-01",
                 "", "", "", ""],
                [existing.number, existing.name, "", "", inside, "正式党员"] + dates + ["", ""],
                ["  ", "", " "],
                ["T0001", "张三", "男", Rosters.idNumber("11010519990501001"), inside, "正式党员"] + dates + ["", ""],
            ]
        }

        static func importAs(_ login: String, _ upload: Browser.Upload, kind: String = "members",
                             in app: Application) async throws -> (browser: Browser, location: String, page: String) {
            let browser = try Browser(app)
            _ = try await browser.login(login)
            let response = try await browser.postMultipart("/imports", fields: ["kind": kind], file: upload)
            #expect(response.status == .seeOther)
            let location = response.location
            return (browser, location, try await browser.waitForImport(location))
        }

        static func progress(_ location: String, login: String, app: Application) async throws -> ImportProgress {
            let id = try #require(UUID(uuidString: String(location.split(separator: "/").last ?? "")))
            let actor = try await app.actor(login: login, needing: .importRosters)
            return try await app.stores.imports.find(id, account: actor.accountID, now: Date())
        }

        static func dataLines(_ progress: ImportProgress) -> [Line] { progress.report.filter(\.isDataRow) }

        @Test func memberRoster_reportsEveryRowOnce_andCreatesValidRowsOnce() async throws {
            try await withApp(demoMode: true) { app in
                // setup
                let existing = try #require(Rosters.world.people.first { $0.person.organizationID != nil }).person
                let upload = try Rosters.xlsx(Self.memberRoster(existing: existing))
                let before = try await app.stores.people.all(.init(), scope: .system).count
                // MUT
                let (_, location, page) = try await Self.importAs("college1", upload, in: app)
                // validate
                let progress = try await Self.progress(location, login: "college1", app: app)
                #expect(progress.status == .done)
                #expect(progress.totalRows == 8 && progress.processedRows == 8)
                #expect((progress.createdCount, progress.skippedCount, progress.errorCount) == (2, 2, 4))
                let lines = Self.dataLines(progress).map { "\($0.row) \($0.outcome.rawValue) \($0.field ?? "-")" }
                #expect(lines == ["6 rejected idNumber", "7 rejected idNumber", "8 rejected branch", "9 rejected candidateDate",
                                  "3 created -", "4 created -", "10 skipped number", "12 skipped number"])
                let messages = Dictionary(Self.dataLines(progress).map { ($0.row, $0.zh) }, uniquingKeysWith: { a, _ in a })
                #expect(messages[6]?.contains("文本格式") == true)
                #expect(messages[7]?.contains("校验位") == true)
                #expect(messages[8]?.contains(Rosters.branchOutOfScope.name) == true)
                #expect(messages[9]?.contains("日期过早") == true)
                #expect(progress.report.first { !$0.isDataRow }?.zh.contains("入党介绍人") == true)
                // The page: rejected rows first, the unread column named, no refresh once done.
                let outcomes = page.ranges(of: "data-outcome=\"").map { page[$0.upperBound...].prefix(8) }
                #expect(outcomes.prefix(4).allSatisfy { $0.hasPrefix("rejected") })
                #expect(page.contains("入党介绍人") && !page.contains("http-equiv=\"refresh\""))
                let after = try await app.stores.people.all(.init(), scope: .system)
                #expect(after.count == before + 2)
                let created = try #require(after.first { $0.number == "T0001" })
                #expect(created.organizationID == Rosters.branchInScope.id && created.politicalStatus == .fullMember)
                #expect(after.contains { $0.number == "000123" && $0.politicalStatus == .probationaryMember })
                #expect(!after.contains { ["T0006", "T0007", "T0008", "T0009"].contains($0.number) })
                let events = try await app.stores.auditTrail.list(.init(action: .rosterImported), page: ListRequest(), scope: .system)
                #expect(events.items.map(\.detail) == ["created:2"] && events.items.first?.actorLogin == "college1")
            }
        }

        @Test func reimport_skipsEveryRowAlreadyImported() async throws {
            try await withApp(demoMode: true) { app in
                // setup
                let existing = try #require(Rosters.world.people.first { $0.person.organizationID != nil }).person
                let upload = try Rosters.xlsx(Self.memberRoster(existing: existing))
                _ = try await Self.importAs("college1", upload, in: app)
                let before = try await app.stores.people.all(.init(), scope: .system).count
                // MUT
                let (_, location, _) = try await Self.importAs("college1", upload, in: app)
                // validate
                let progress = try await Self.progress(location, login: "college1", app: app)
                #expect((progress.createdCount, progress.skippedCount, progress.errorCount) == (0, 4, 4))
                #expect(try await app.stores.people.all(.init(), scope: .system).count == before)
                #expect(try await app.stores.people.all(.init(query: "T0001"), scope: .system).count == 1)
            }
        }

        /// A class roster as Chinese Excel saves CSV (GBK). The small test school's classes all belong to counselor1,
        /// so the class out of scope is shown by importing the same file as branch1, who sees no classes.
        @Test func gbkClassRoster_importsIntoTheCounsellorsClasses_only() async throws {
            try await withApp(demoMode: true) { app in
                // setup
                let mine = Rosters.unit(Rosters.counselor.classIDs[0])
                let dorm = try #require(Rosters.world.gridUnits.first { $0.kind == .dorm && $0.parentID == mine.id })
                let upload = try Rosters.gbkCSV([
                    ["学号", "姓名", "性别", "班级", "宿舍", "政治面貌", "手机号"],
                    ["S0001", "陈一", "女", mine.name, dorm.name, "共青团员", "13900001111"],
                    ["S0002", "林二", "男", mine.name, "", "群众", ""],
                    ["", "", "", "", "", "", ""],
                    ["S0003", "何三", "男", "物理9901班", "", "共青团员", ""],
                    ["S0004", "吕四", "女", mine.name, "不存在的宿舍", "共青团员", ""],
                ])
                // MUT
                let (_, location, _) = try await Self.importAs("counselor1", upload, kind: "students", in: app)
                let (_, elsewhere, _) = try await Self.importAs("branch1", upload, kind: "students", in: app)
                // validate
                let progress = try await Self.progress(location, login: "counselor1", app: app)
                let lines = Self.dataLines(progress).map { "\($0.row) \($0.outcome.rawValue) \($0.field ?? "-")" }
                #expect(lines == ["5 rejected className", "6 rejected dorm", "2 created -", "3 created -"])
                let people = try await app.stores.people.all(.init(query: "S000"), scope: .system)
                #expect(people.map(\.number) == ["S0001", "S0002"])
                #expect(people.first?.classID == mine.id && people.first?.dormID == dorm.id && people.first?.kind == .student)
                let refused = try await Self.progress(elsewhere, login: "branch1", app: app)
                #expect(refused.errorCount == 4 && Self.dataLines(refused).allSatisfy { $0.field == "className" })
                #expect(refused.report.contains { $0.zh.contains("找不到班级“\(mine.name)”") })
            }
        }

        @Test func sheetWithoutNumbers_matchesByIDNumber_andRefusesNewPeople() async throws {
            try await withApp(demoMode: true) { app in
                // setup
                let known = try #require(Rosters.world.people.first { $0.idNumber != nil && $0.person.organizationID != nil })
                let branch = try #require(Rosters.world.organizations.first { $0.id == known.person.organizationID })
                let csv = CSVWriter.write(header: ["姓名", "身份证号", "所在党支部"], rows: [
                    [known.person.name, try #require(known.idNumber).value, branch.name],
                    ["新同学", Rosters.idNumber("11010519950606006"), branch.name],
                ])
                // MUT
                let (_, location, _) = try await Self.importAs("org", Browser.Upload(fileName: "bom.csv", data: csv), in: app)
                // validate
                let progress = try await Self.progress(location, login: "org", app: app)
                let lines = Self.dataLines(progress)
                #expect(lines.map { "\($0.row) \($0.outcome.rawValue)" } == ["3 rejected", "2 skipped"])
                #expect(lines.last?.zh.contains(known.person.number) == true)
                #expect(try await app.stores.people.all(.init(query: "新同学"), scope: .system).isEmpty)
            }
        }

        @Test func fixture_isReadAsItIs_andItsUnknownBranchIsRejected() async throws {
            try await withApp(demoMode: true) { app in
                // setup
                let data = try Rosters.fixture("rosters/party-members-in-school.xlsx")
                // MUT
                let (_, location, page) = try await Self.importAs("org", Browser.Upload(fileName: "样表.xlsx", data: data), in: app)
                // validate
                let progress = try await Self.progress(location, login: "org", app: app)
                let lines = Self.dataLines(progress)
                #expect(lines.count == 1 && lines.first?.outcome == .rejected && lines.first?.field == "branch")
                #expect(lines.first?.zh.contains("教育学部高精尖党支部") == true)
                #expect(page.contains("入党介绍人"))
            }
        }
    }
}
