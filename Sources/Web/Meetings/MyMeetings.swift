import Domain
import Foundation
import Persistence
import Plot
import Vapor

/// A member's own organisational life: the meetings of their branch (双重组织生活 for leaders too) and those they
/// are on the register of, with their attendance and rate over the last twelve months.
enum MyMeetings {
    @Sendable static func response(_ request: Request) async throws -> Response {
        let actor = try request.actor, stores = request.stores
        guard let personID = actor.personID else { throw DomainError.notFound }
        let today = try await request.today(), zone = try await request.schoolTimeZone()
        // The person's own grant only: a secretary's whole subtree is not "my" meetings.
        let own = Scope(schools: actor.scope.schools, grants: [.person(personID)])
        let meetings = try await stores.meetings.all(MeetingStore.Filter(from: today.adding(months: -12)), scope: own).reversed()
        let attendance = try await stores.meetings.attendance(of: personID, at: meetings.map(\.id))
        let person = try await stores.people.find(personID, scope: own)
        // A committee meeting is the member's only if they sit on the committee or are on its register.
        let mine = meetings.filter { $0.kind != .committeeMeeting || person.committeeRole != nil || attendance[$0.id] != nil }
            .map { ($0, attendance[$0.id]) }
        let held = mine.filter { $0.0.status == .held }
        let present = held.filter { $0.1?.status == .present }.count
        let s = request.strings
        let content: Node<HTML.BodyContext> = .group(
            .div(.class("card"), .p(.strong(.text(s.attendanceRate(present, held.count)))),
                 .a(.class("button"), .href(MeetingRoute.signIn.path), .text(s.signInTitle))),
            .div(.class("table-wrap"), .table(.class("my-meetings"),
                .thead(.tr(.th(.text(s.meetingDate)), .th(.text(s.meetingKind)), .th(.text(s.topic)), .th(.text(s.myStatus)))),
                .tbody(.forEach(mine) { meeting, attendance in
                    .tr(.td(.text(LocalDateTime.display(meeting.startsAt, in: zone))), .td(.text(s.text(meeting.kind.label))),
                        .td(.a(.href(MeetingRoute.meeting(meeting.id).path), .text(meeting.topic))),
                        .td(.text(meeting.status == .planned ? s.text(meeting.status.label)
                                  : attendance.map { s.text($0.status.label) } ?? s.notRecorded)))
                }))))
        return try Layout.page(s.myMeetings, PageContext(request), content).response()
    }
}
