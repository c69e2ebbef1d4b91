import Domain
import Foundation
import Testing
import Vapor
@testable import Web

extension AllTests {
    @Suite struct ZZScratchTiming {
        @Test func timing() async throws {
            try await withApp(clock: ManualClock(t0), demoMode: true) { app in
                let api = try Browser(app), browser = try Browser(app)
                _ = try await api.apiLogin("branch1")
                _ = try await browser.login("branch1")
                let dto = try await api.createMeeting(kind: .partyLecture, organization: MeetingWorld.branch.id, startsAt: "2026-11-12T19:00", topic: "t")
                for size in [1_000_000, 4_000_000] {
                    let bytes = MeetingWorld.png + [UInt8](repeating: 0x42, count: size)
                    let start = Date()
                    let r = try await browser.upload("/meetings/\(dto.id)/attachments", fileName: "a.png", bytes: bytes, contentType: "image/png")
                    print("TIMING upload \(size): \(r.status) \(Date().timeIntervalSince(start))")
                    let s2 = Date()
                    let d = try await browser.get("/meetings/\(dto.id)")
                    print("TIMING page: \(d.status) \(Date().timeIntervalSince(s2))")
                }
            }
        }
    }
}
