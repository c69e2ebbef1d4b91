import Domain
import FluentKit
import Foundation
import SQLKit

/// The versions of each school's report form and its report settings (cut-off, reminder).
public struct ReportFormStore: Sendable {
    let database: any Database
    let audit: AuditLog
    static let settingsKey = "daily_report_settings"

    /// The newest version, or the standard form when the school has saved none.
    public func current(of school: School.ID) async throws -> ReportForm {
        let row = try await sql.select().columns("version", "questions").from("report_forms")
            .where("school_id", .equal, SQLBind(school.rawValue))
            .orderBy("version", .descending).limit(1).first(decoding: Row.self)
        return row?.form ?? .standard
    }

    /// A version a report was answered in; the standard form for version 1 when the school never saved one.
    public func version(_ version: Int, of school: School.ID) async throws -> ReportForm? {
        let row = try await sql.select().columns("version", "questions").from("report_forms")
            .where("school_id", .equal, SQLBind(school.rawValue)).where("version", .equal, SQLBind(version))
            .first(decoding: Row.self)
        return row?.form ?? (version == ReportForm.standard.version ? .standard : nil)
    }

    /// Every saved version, newest first (the editor's history).
    public func versions(of school: School.ID) async throws -> [(version: Int, createdBy: String, createdAt: Date)] {
        try await sql.select().columns("version", "created_by", "created_at").from("report_forms")
            .where("school_id", .equal, SQLBind(school.rawValue)).orderBy("version", .descending)
            .all(decoding: VersionRow.self).map { ($0.version, $0.created_by, $0.created_at) }
    }

    /// Saves the questions as the next version. Two editors saving at once: the second one's version number
    /// is taken, the unique key refuses it, and they are told to reload.
    @discardableResult
    public func revise(_ school: School.ID, questions: [ReportQuestion], basedOn version: Int,
                       context: AuditContext) async throws -> ReportForm {
        try Self.checkConfigures(school, context.actor)
        let current = try await current(of: school)
        guard current.version == version else { throw Self.stale }
        let next = try current.revised(to: questions)
        do {
            try await database.writing { tx in
                try await (tx as! any SQLDatabase).insert(into: "report_forms")
                    .columns("id", "school_id", "version", "questions", "created_by", "created_at")
                    .values(SQLBind(UUID()), SQLBind(school.rawValue), SQLBind(next.version),
                            SQLBind(JSONCoding.encode(next.questions)), SQLBind(context.actor.login), SQLBind(context.now))
                    .run()
                try await audit.append(context.event(.reportFormChanged, target: "school:\(school.rawValue)", school: school,
                                                     detail: "version \(next.version): \(next.asked.map(\.id).joined(separator: ","))"), on: tx)
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw Self.stale
        }
        return next
    }

    public func settings(of school: School.ID) async throws -> ReportSettings {
        try await SchoolSettings.read(ReportSettings.self, key: Self.settingsKey, school: school, on: sql) ?? .standard
    }

    public func save(_ settings: ReportSettings, for school: School.ID, context: AuditContext) async throws {
        try Self.checkConfigures(school, context.actor)
        let settings = try settings.validated()
        try await database.writing { tx in
            try await SchoolSettings.write(settings, key: Self.settingsKey, school: school, context: context, on: tx as! any SQLDatabase)
            try await audit.append(context.event(.reportSettingsChanged, target: "school:\(school.rawValue)", school: school,
                                                 detail: "cutoff=\(ReportSettings.clockText(settings.cutoffMinute)) reminder=\(ReportSettings.clockText(settings.reminderMinute)) on=\(settings.remindersEnabled)"), on: tx)
        }
    }

    /// Only the school-wide organisation department edits the form (a college admin's scope is not everything).
    static func checkConfigures(_ school: School.ID, _ actor: Actor) throws {
        guard actor.may(.configureReportForm), actor.scope.isEverything, actor.scope.includes(school: school) else {
            throw DomainError.forbidden
        }
    }

    static let stale = DomainError.conflict(Message(zh: "表单已被他人修改，请刷新后再编辑", en: "Someone else changed the form; reload and edit again"))

    private var sql: any SQLDatabase { database as! any SQLDatabase }

    struct Row: Decodable {
        var version: Int, questions: String
        var form: ReportForm? {
            JSONCoding.decode([ReportQuestion].self, questions).map { ReportForm(version: version, questions: $0) }
        }
    }

    struct VersionRow: Decodable { var version: Int, created_by: String, created_at: Date }
}
