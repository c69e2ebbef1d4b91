import ConsoleKit
import Domain
import Foundation
import Persistence
import Spreadsheet
import Testing
import Vapor
import VaporTesting
@testable import Web

extension AllTests {
    @Suite struct ImportRefusalTests {
        @Test func unreadableOrHeaderlessFiles_showTheFormAgain_with422() async throws {
            try await withApp(demoMode: true) { app in
                // setup
                let browser = try Browser(app)
                _ = try await browser.login("org")
                let uploads: [(Browser.Upload?, String)] = [
                    (Browser.Upload(fileName: "roster.xlsx", data: Data("not a workbook".utf8)), "无法读取该文件"),
                    (Browser.Upload(fileName: "random.bin", data: Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) })), "无法读取该文件"),
                    (Browser.Upload(fileName: "old.xls", data: Data([0xD0, 0xCF, 0x11, 0xE0, 0, 0, 0, 0])), "不支持该文件格式"),
                    (Browser.Upload(fileName: "plain.csv", data: Data("a,b,c\r\n1,2,3\r\n".utf8)), "找不到表头行"),
                    (Browser.Upload(fileName: "ids.csv", data: Data("姓名,性别\r\n张三,男\r\n".utf8)), "学工号"),
                    (Browser.Upload(fileName: "empty.csv", data: Data()), "请选择要导入的文件"),
                    (nil, "请选择要导入的文件"),
                ]
                for (upload, message) in uploads {
                    // MUT
                    let response = try await browser.postMultipart("/imports", fields: ["kind": "members"], file: upload)
                    // validate
                    #expect(response.status == .unprocessableEntity, "\(upload?.fileName ?? "no file")")
                    let page = response.body.string
                    #expect(page.contains(message) && page.contains("enctype=\"multipart/form-data\""), "\(upload?.fileName ?? "no file")")
                }
                let english = try await browser.postMultipart("/imports?lang=en", fields: ["kind": "students"],
                                                              file: Browser.Upload(fileName: "x.xlsx", data: Data("zz".utf8)))
                #expect(english.status == .unprocessableEntity && english.body.string.contains("The file cannot be read"))
                #expect(english.body.string.contains("<option value=\"students\" selected=\"selected\">"))
                let csv = CSVWriter.write(header: ["学工号", "姓名"], rows: [["X1", "某人"]])
                let badKind = try await browser.postMultipart("/imports", fields: ["kind": "everyone"],
                                                              file: Browser.Upload(fileName: "a.csv", data: csv))
                #expect(badKind.status == .unprocessableEntity && badKind.body.string.contains("选项无效"))
            }
        }

        @Test func runningImport_refreshesItself_withAProgressBar() async throws {
            try await withApp(demoMode: true) { app in
                // setup
                let actor = try await app.actor(login: "org", needing: .importRosters)
                let id = try await app.stores.imports.start(fileName: "a.xlsx", kind: "members", totalRows: 40,
                                                            school: try #require(actor.schoolID), account: actor.accountID)
                var progress = try await app.stores.imports.find(id, account: actor.accountID, now: Date())
                progress.processedRows = 10
                try await app.stores.imports.update(id, progress)
                let browser = try Browser(app)
                _ = try await browser.login("org")
                // MUT
                let running = try await browser.get("/imports/\(id)").body.string
                progress.status = .done
                try await app.stores.imports.update(id, progress)
                let done = try await browser.get("/imports/\(id)").body.string
                // validate
                #expect(running.contains("<meta http-equiv=\"refresh\" content=\"2\"/>"))
                #expect(running.contains("<progress value=\"10\" max=\"40\"></progress>") && running.contains("10/40"))
                #expect(!done.contains("http-equiv=\"refresh\"") && done.contains("data-status=\"done\""))
            }
        }

        @Test func report_opensOnlyForTheAccountThatStartedTheImport() async throws {
            try await withApp(demoMode: true) { app in
                // setup
                let data = try Rosters.fixture("rosters/party-members-in-school.xlsx")
                let (_, location, _) = try await ImportTests.importAs("org", Browser.Upload(fileName: "a.xlsx", data: data), in: app)
                let other = try Browser(app)
                _ = try await other.login("branch1")
                let student = try Browser(app)
                _ = try await student.login("student1")
                // MUT
                let foreign = try await other.get(location)
                let malformed = try await other.get("/imports/not-an-id")
                let form = try await student.get("/imports/new")
                // validate
                #expect(foreign.status == .notFound && malformed.status == .notFound && form.status == .forbidden)
            }
        }

        /// A browser sends only the form's `_csrf` field, and a large upload arrives in several reads: CSRFMiddleware
        /// runs before the route collects the body, so it must collect the upload before it looks for the token.
        /// A script's X-CSRF-Token header works as well; a forged form without a token does not.
        @Test func largeUpload_passesCSRF_withTheFormFieldOnly() async throws {
            try await withApp(demoMode: true) { app in
                // setup
                let browser = try Browser(app)
                _ = try await browser.login("org")
                let rows = (1...5_000).map { ["N\($0)", "姓名\($0)", "不存在的党支部"] }
                let csv = CSVWriter.write(header: ["学工号", "姓名", "所在党支部"], rows: rows)
                // MUT
                let response = try await browser.postMultipart("/imports", fields: ["kind": "members"],
                                                               file: Browser.Upload(fileName: "big.csv", data: csv), csrfHeader: false)
                let scripted = try await browser.postMultipart("/imports", fields: ["kind": "members"],
                                                               file: Browser.Upload(fileName: "big.csv", data: csv), csrfHeader: true)
                let forged = try await browser.postMultipart("/imports", fields: ["kind": "members", "_csrf": "forged"],
                                                             file: Browser.Upload(fileName: "big.csv", data: csv))
                // validate
                #expect(response.status == .seeOther && scripted.status == .seeOther && forged.status == .forbidden)
                for done in [response, scripted] where done.status == .seeOther {
                    let page = try await browser.waitForImport(done.location)
                    #expect(page.contains("data-field=\"rejected\">5000<"))
                }
            }
        }

        @Test func commands_importAndExport_asTheGivenAccount() async throws {
            try await withApp(demoMode: true) { app in
                // setup
                let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhibu-cli-\(UUID().uuidString)")
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                defer { try? FileManager.default.removeItem(at: folder) }
                let roster = folder.appendingPathComponent("roster.xlsx"), output = folder.appendingPathComponent("out.csv")
                let existing = try #require(Rosters.world.people.first { $0.person.organizationID != nil }).person
                try XLSXWriter.write(header: [], rows: ImportTests.memberRoster(existing: existing)).write(to: roster)
                // MUT
                try await Self.run(ImportCommand(), ["import", roster.path, "--kind", "members", "--as", "college1"], app)
                try await Self.run(ExportCommand(), ["export", "--as", "college1", "--format", "csv", "--output", output.path,
                                                     "--org", Rosters.branchInScope.id.rawValue.uuidString], app)
                // validate
                #expect(try await app.stores.people.all(.init(query: "T0001"), scope: .system).count == 1)
                let table = try TableReader.read(try Data(contentsOf: output), fileName: "out.csv").rows.map { $0.map(\.text) }
                #expect(table.contains { $0.first == "T0001" && $0.contains { $0.contains("********") } })
                await #expect(throws: (any Error).self) {
                    try await Self.run(ImportCommand(), ["import", folder.appendingPathComponent("missing.xlsx").path, "--as", "college1"], app)
                }
            }
        }

        static func run(_ command: any AsyncCommand, _ arguments: [String], _ app: Application) async throws {
            var context = CommandContext(console: Terminal(), input: CommandInput(arguments: ["zhibu"] + arguments.dropFirst()))
            context.application = app
            try await command.run(using: &context)
        }
    }
}
