import Domain
import FluentKit
import Foundation
import SQLKit

/// 工作通报面对面 sessions. Briefings are public within their school: everyone logged in may read them and the
/// fate of the questions raised there (anonymised like the public board).
public struct BriefingStore: Sendable {
    let database: any Database
    let audit: AuditLog

    /// The school's briefings, newest first.
    public func list(school: School.ID, limit: Int = 200) async throws -> [Briefing] {
        let rows = try await (database as! any SQLDatabase).select().columns("id", "school_id", "held_on", "title", "place")
            .from("briefings").where("school_id", .equal, SQLBind(school.rawValue))
            .orderBy("held_on", .descending).limit(limit).all(decoding: Row.self)
        return rows.map { $0.briefing(reports: [], representatives: []) }
    }

    public func find(_ id: Briefing.ID, school: School.ID) async throws -> Briefing {
        let sql = database as! any SQLDatabase
        guard let row = try await sql.select().columns("id", "school_id", "held_on", "title", "place").from("briefings")
            .where("id", .equal, SQLBind(id.rawValue)).where("school_id", .equal, SQLBind(school.rawValue))
            .first(decoding: Row.self) else { throw DomainError.notFound }
        let reports = try await sql.select().columns("department_id", "summary").from("briefing_reports")
            .where("briefing_id", .equal, SQLBind(id.rawValue)).orderBy("position").all(decoding: ReportRow.self)
        let people = try await sql.select().columns("name", "kind", "college_id").from("briefing_representatives")
            .where("briefing_id", .equal, SQLBind(id.rawValue)).orderBy("position").all(decoding: RepresentativeRow.self)
        return row.briefing(reports: reports.map { .init(departmentID: .init($0.department_id), summary: $0.summary) },
                            representatives: people.map { .init(name: $0.name, kind: .init(rawValue: $0.kind) ?? .student,
                                                                collegeID: $0.college_id.map { .init($0) }) })
    }

    /// The briefing held before this one, whose open questions this one opens with.
    public func previous(to briefing: Briefing) async throws -> Briefing? {
        let row = try await (database as! any SQLDatabase).select().columns("id", "school_id", "held_on", "title", "place")
            .from("briefings").where("school_id", .equal, SQLBind(briefing.schoolID.rawValue))
            .where("held_on", .lessThan, SQLBind(briefing.heldOn.iso)).orderBy("held_on", .descending).limit(1)
            .first(decoding: Row.self)
        return row.map { $0.briefing(reports: [], representatives: []) }
    }

    /// The questions raised at a briefing, anonymised, in the order they were raised.
    public func questions(of id: Briefing.ID) async throws -> [Ticket] {
        try await TicketRecord.query(on: database).filter(\.$briefingID == id.rawValue).sort(\.$number).all()
            .map { TicketStore.anonymised($0.domain) }
    }

    public func create(_ draft: BriefingDraft, school: School.ID, context: AuditContext) async throws -> Briefing {
        guard context.actor.may(.manageBriefings), context.actor.scope.includes(school: school) else { throw DomainError.forbidden }
        let today = LocalDate(context.now, in: try await SchoolStore(database: database).find(school)?.timeZone ?? .current)
        let draft = try draft.validated(today: today)
        let departments = Set(try await DepartmentStore(database: database, audit: audit).departments(of: school).map(\.id))
        if draft.reports.contains(where: { !departments.contains($0.departmentID) }) {
            throw DomainError.invalid(field: "reports", message: Message(zh: "请选择本校的职能部门", en: "Choose departments of this school"))
        }
        let briefing = Briefing(id: .init(UUID()), schoolID: school, heldOn: draft.heldOn, title: draft.title, place: draft.place,
                                reports: draft.reports, representatives: draft.representatives)
        try await database.writing { tx in
            let sql = tx as! any SQLDatabase
            try await sql.insert(into: "briefings").columns("id", "school_id", "held_on", "title", "place", "created_by", "created_at", "updated_at")
                .values(SQLBind(briefing.id.rawValue), SQLBind(school.rawValue), SQLBind(briefing.heldOn.iso), SQLBind(briefing.title),
                        SQLBind(briefing.place), SQLBind(context.actor.login), SQLBind(context.now), SQLBind(context.now)).run()
            for (position, report) in briefing.reports.enumerated() {
                try await sql.insert(into: "briefing_reports").columns("briefing_id", "position", "department_id", "summary")
                    .values(SQLBind(briefing.id.rawValue), SQLBind(position), SQLBind(report.departmentID.rawValue), SQLBind(report.summary)).run()
            }
            for (position, person) in briefing.representatives.enumerated() {
                try await sql.insert(into: "briefing_representatives").columns("briefing_id", "position", "name", "kind", "college_id")
                    .values(SQLBind(briefing.id.rawValue), SQLBind(position), SQLBind(person.name), SQLBind(person.kind.rawValue),
                            SQLBind(person.collegeID?.rawValue)).run()
            }
            try await audit.append(context.event(.briefingRecorded, target: "briefing:\(briefing.id.rawValue)", school: school,
                                                 detail: "\(briefing.heldOn.iso) reports=\(briefing.reports.count) representatives=\(briefing.representatives.count)"), on: tx)
        }
        return briefing
    }

    struct Row: Decodable {
        var id: UUID, school_id: UUID, held_on: String, title: String, place: String
        func briefing(reports: [Briefing.Report], representatives: [Briefing.Representative]) -> Briefing {
            Briefing(id: .init(id), schoolID: .init(school_id), heldOn: LocalDate(iso: held_on) ?? LocalDate(year: 2000, month: 1, day: 1)!,
                     title: title, place: place, reports: reports, representatives: representatives)
        }
    }
    struct ReportRow: Decodable { var department_id: UUID; var summary: String }
    struct RepresentativeRow: Decodable { var name: String; var kind: String; var college_id: UUID? }
}
