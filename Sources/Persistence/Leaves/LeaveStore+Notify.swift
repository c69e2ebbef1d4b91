import Domain
import FluentKit
import Foundation
import SQLKit

extension LeaveStore {
    /// Tells the counsellors of the class that an application waits for them, inside the caller's transaction.
    func notifyCounselors(_ leave: LeaveApplication, name: String, on tx: any Database, now: Date) async throws {
        guard let classID = leave.classID else { return }
        let rows = try await (tx as! any SQLDatabase).select().column(SQLColumn("person_id", table: "accounts"))
            .from("role_assignments").join("accounts", on: SQLColumn("account_id", table: "role_assignments"), .equal, SQLColumn("id", table: "accounts"))
            .where(SQLColumn("role", table: "role_assignments"), .equal, SQLBind(Role.counselor.rawValue))
            .where(SQLColumn("grid_unit_id", table: "role_assignments"), .equal, SQLBind(classID.rawValue))
            .where(SQLColumn("person_id", table: "accounts"), .isNot, SQLLiteral.null)
            .all(decoding: PersonIDRow.self)
        try await notify(Set(rows.map { Person.ID($0.person_id) }), leave,
                         title: "离校申请待审批：\(name)", body: "\(leave.firstDay.iso)至\(leave.lastDay.iso)，去向：\(leave.destination)",
                         now: now, on: tx)
    }

    /// Tells the traveller that their application was decided (someone else decided it).
    func notifyDecision(_ leave: LeaveApplication, on tx: any Database, now: Date) async throws {
        guard leave.status == .approved || leave.status == .refused else { return }
        let verdict = leave.status == .approved ? "已批准" : "未批准"
        try await notify([leave.personID], leave, title: "你的离校申请\(verdict)",
                         body: "\(leave.firstDay.iso)至\(leave.lastDay.iso)" + (leave.decisionNote.map { "：\($0)" } ?? ""), now: now, on: tx)
    }

    private func notify(_ people: Set<Person.ID>, _ leave: LeaveApplication, title: String, body: String, now: Date,
                        on tx: any Database) async throws {
        let notices = NoticeStore(database: tx, audit: audit)
        for person in people {
            try await notices.insert(school: leave.schoolID, person: person, title: title, body: body,
                                     link: "/leaves/\(leave.id.rawValue)", now: now, on: tx)
        }
    }

    private struct PersonIDRow: Decodable { var person_id: UUID }
}
