import Domain
import Foundation
import Persistence
import Plot
import Vapor

/// The meeting record as the archive keeps it (会议记录): one printable page, no navigation.
enum MeetingPrintController {
    static let endpoints = [Endpoint(.GET, "meetings/:id/print", .viewMeetings, print)]

    @Sendable static func print(_ request: Request) async throws -> Response {
        let actor = try request.actor, stores = request.stores, s = request.strings
        let (m, register) = try await stores.meetings.register(of: try request.id("id"), scope: actor.scope)
        let names = try await stores.organizations.names(of: Set(m.organizationIDs))
        let zone = try await request.schoolTimeZone()
        let byStatus = { (status: Attendance.Status) in
            register.filter { $0.attendance?.status == status }.map { $0.name + ($0.attendance?.reason.map { "（\($0)）" } ?? "") }
                .joined(separator: "、")
        }
        let quorum = stores.meetings.quorum(of: m, register: register)
        let html = HTML(.lang(s.locale == .en ? .english : .chinese),
            .head(.encoding(.utf8), .title(m.topic), .viewport(.accordingToDevice), .stylesheet(SiteRoute.stylesheet.path)),
            .body(.class("print"),
                .h1(.text(m.organizationIDs.compactMap { names[$0] }.joined(separator: "、") + " · " + s.text(m.kind.label))),
                .table(.class("record"),
                    .tr(.th(.text(s.topic)), .td(.text(m.topic))),
                    .tr(.th(.text(s.startsAt)), .td(.text(LocalDateTime.display(m.startsAt, in: zone) + (m.endsAt.map { " – " + LocalDateTime.display($0, in: zone) } ?? "")))),
                    .tr(.th(.text(s.place)), .td(.text(m.place))),
                    .unwrap(m.lecturer) { .tr(.th(.text(s.lecturer)), .td(.text($0))) },
                    .tr(.th(.text(s.attendance)), .td(.text(s.attendanceCounts(present: register.filter { $0.attendance?.status == .present }.count,
                                                                                  excused: register.filter { $0.attendance?.status == .excused }.count,
                                                                                  absent: register.filter { $0.attendance?.status == .absent }.count,
                                                                                  expected: register.filter(\.isExpected).count)))),
                    .tr(.th(.text(Attendance.Status.present.label.text(s.locale))), .td(.text(byStatus(.present)))),
                    .tr(.th(.text(Attendance.Status.excused.label.text(s.locale))), .td(.text(byStatus(.excused)))),
                    .tr(.th(.text(Attendance.Status.absent.label.text(s.locale))), .td(.text(byStatus(.absent)))),
                    .unwrap(quorum) { .tr(.th(.text(s.quorum)), .td(.text(s.quorumLine($0)))) },
                    .tr(.th(.text(s.requiredElements)), .td(.text(m.requiredElements.map { (m.elementsDone.contains($0.id) ? "✓" : "✗") + s.text($0.label) }.joined(separator: "　")))),
                    .tr(.th(.text(s.agenda)), .td(.class("prewrap"), .text(m.agenda))),
                    .tr(.th(.text(s.minutes)), .td(.class("prewrap"), .text(m.minutes))))))
        return try html.response()
    }
}
