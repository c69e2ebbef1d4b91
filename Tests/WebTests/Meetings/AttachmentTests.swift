import Domain
import Foundation
import Persistence
import Testing
import Vapor
import VaporTesting
@testable import Web

extension AllTests {
    /// Photos and PDFs of a meeting: judged by their first bytes and size, and never seen outside the meeting's scope.
    @Suite struct AttachmentTests {
        let branch = MeetingWorld.branch

        func meeting(_ app: Application, as login: String = "branch1", in organization: Organization.ID? = nil) async throws -> (Meeting.ID, Browser) {
            let api = try Browser(app), browser = try Browser(app)
            _ = try await api.apiLogin(login)
            _ = try await browser.login(login)
            let dto = try await api.createMeeting(kind: .partyLecture, organization: organization ?? branch.id,
                                                      startsAt: "2026-11-12T19:00", topic: "附件测试党课")
            return (.init(dto.id), browser)
        }

        @Test func png_isListed_andDownloadsWithItsType() async throws {
            try await withApp(clock: ManualClock(t0), demoMode: true) { app in
                // setup
                let (id, secretary) = try await meeting(app)
                // MUT
                let uploaded = try await secretary.upload("/meetings/\(id.rawValue)/attachments", fileName: "会场照片.png",
                                                          bytes: MeetingWorld.png, contentType: "image/png")
                // validate
                #expect(uploaded.status == .seeOther)
                #expect(uploaded.location == "/meetings/\(id.rawValue)#attachments")
                let page = try await secretary.get("/meetings/\(id.rawValue)").body.string
                let stored = try await app.stores.meetings.attachments(of: id, scope: .system)
                let file = try #require(stored.first)
                #expect(stored.count == 1 && file.contentType == "image/png" && file.size == MeetingWorld.png.count)
                #expect(page.contains("href=\"/meetings/\(id.rawValue)/attachments/\(file.id)\""))
                #expect(page.contains("会场照片.png"))
                let download = try await secretary.get("/meetings/\(id.rawValue)/attachments/\(file.id)")
                #expect(download.status == .ok)
                #expect(download.headers.first(name: .contentType) == "image/png")
                #expect(Array(buffer: download.body) == MeetingWorld.png)
                #expect(download.headers.first(name: .contentDisposition)?.hasPrefix("inline") == true)
                let member = try Browser(app)
                _ = try await member.login("member1")
                #expect(try await member.get("/meetings/\(id.rawValue)/attachments/\(file.id)").status == .ok,
                        "a member of the branch reads the meeting's photos")
            }
        }

        @Test func tooLarge_andNotAnImage_areRefusedWith422() async throws {
            try await withApp(clock: ManualClock(t0), demoMode: true) { app in
                // setup
                let (id, secretary) = try await meeting(app)
                let path = "/meetings/\(id.rawValue)/attachments"
                let large = MeetingWorld.png + [UInt8](repeating: 0x42, count: AttachmentRules.maximumBytes + 1 - MeetingWorld.png.count)
                let text = Array("会议签到表\n张三 李四\n".utf8)
                // MUT
                // (a debug build parses multipart slowly: the header token spares the large body a second parse)
                let tooLarge = try await secretary.upload(path, fileName: "大照片.png", bytes: large, contentType: "image/png", csrfHeader: true)
                let renamed = try await secretary.upload(path, fileName: "名单.jpg", bytes: text, contentType: "image/jpeg")
                let pdf = try await secretary.upload(path, fileName: "议程.pdf", bytes: Array("%PDF-1.4\n%\n".utf8), contentType: "application/pdf")
                // validate
                #expect(tooLarge.status == .unprocessableEntity)
                #expect(tooLarge.body.string.contains("文件不能超过10 MB"))
                #expect(renamed.status == .unprocessableEntity)
                #expect(renamed.body.string.contains("只接受照片（JPEG、PNG）和 PDF 文件"))
                #expect(pdf.status == .seeOther, "a PDF is accepted")
                let stored = try await app.stores.meetings.attachments(of: id, scope: .system)
                #expect(stored.map(\.contentType) == ["application/pdf"], "only the PDF is kept")
            }
        }

        @Test func anotherSchool_andOutOfScope_get404() async throws {
            try await withApp(clock: ManualClock(t0), demoMode: true) { app in
                // setup: org records a lecture of a branch of another college, with a photo
                let far = MeetingWorld.farBranch
                let (id, org) = try await meeting(app, as: "org", in: far.id)
                _ = try await org.upload("/meetings/\(id.rawValue)/attachments", fileName: "a.png", bytes: MeetingWorld.png, contentType: "image/png")
                let file = try #require(try await app.stores.meetings.attachments(of: id, scope: .system).first)
                let path = "/meetings/\(id.rawValue)/attachments/\(file.id)"
                #expect(try await org.get(path).status == .ok)
                for login in ["b-org", "b-branch1", "college1", "branch1", "member1"] {
                    let outsider = try Browser(app)
                    _ = try await outsider.login(login)
                    // MUT
                    let download = try await outsider.get(path)
                    let record = try await outsider.get("/meetings/\(id.rawValue)")
                    // validate
                    #expect(download.status == .notFound, "\(login) downloads")
                    #expect(record.status == .notFound, "\(login) opens the record")
                    if login != "member1" {
                        let upload = try await outsider.upload("/meetings/\(id.rawValue)/attachments", fileName: "x.png",
                                                               bytes: MeetingWorld.png, contentType: "image/png")
                        #expect(upload.status == .notFound, "\(login) uploads")
                    }
                }
                #expect(try await app.stores.meetings.attachments(of: id, scope: .system).count == 1)
            }
        }
    }
}
