import Domain
import Foundation
import NIOHTTP1
import Persistence
import SQLKit
import Testing
import Vapor
@testable import Web

/// The places and people the daily report tests work with, read from the demo generator (never assumed):
/// student1 and their class (one of counselor1's), and a class outside counselor1's reach.
enum ReportWorld {
    static let world = TestWorld.first
    static var school: School.ID { world.school.id }
    static var student: Person { TestWorld.person(of: "student1") }
    static var studentClass: GridUnit.ID { student.classID! }
    static var counselorClasses: Set<GridUnit.ID> { Set(world.account("counselor1")!.assignments.compactMap(\.gridUnitID)) }
    static var otherClass: GridUnit { world.gridUnits.first { $0.kind == .schoolClass && !counselorClasses.contains($0.id) }! }
    static func students(of unit: GridUnit.ID) -> [Person] {
        world.people.map(\.person).filter { $0.kind == .student && $0.classID == unit }
    }

    /// A Wednesday with no demo reports: 2026-12-09, 08:00 in Shanghai (before the 10:00 cut-off).
    static let morning = MeetingWorld.instant("2026-12-09T08:00")
    static let day = LocalDate(year: 2026, month: 12, day: 9)!

    /// The school-wide organisation department, which edits the form.
    static var formEditor: Actor {
        Actor(accountID: .init(UUID()), login: "test-org", displayName: "组织部", personID: nil, schoolID: school,
              roles: [.organizationAdmin], scope: Scope(schools: .only([school]), grants: [.everything]))
    }

    static var unchanged: [String: Any] { ["health": "well", "location": "campus", "risk": false, "temperature": 36.5] }

    static func decode<T: Decodable>(_ type: T.Type, _ answer: LiveServer.Answer) throws -> T {
        try MeetingWorld.decoder().decode(type, from: Data(buffer: answer.body))
    }

    static func sql(_ app: Application) -> any SQLDatabase { app.db as! any SQLDatabase }

    /// Rows stored for a person and day, read straight from the table.
    static func rows(_ app: Application, person: Person.ID, day: LocalDate = day) async throws -> Int {
        try await sql(app).select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("daily_reports")
            .where("person_id", .equal, SQLBind(person.rawValue)).where("day", .equal, SQLBind(day.iso))
            .first(decodingColumn: "n", as: Int.self) ?? 0
    }

    /// The counters of a class and day as stored.
    static func counts(_ app: Application, class unit: GridUnit.ID, day: LocalDate = day) async throws -> (Int, Int, Int) {
        struct Row: Decodable { var reported: Int, late: Int, abnormal: Int }
        let row = try await sql(app).select().columns("reported", "late", "abnormal").from("daily_report_counts")
            .where("class_id", .equal, SQLBind(unit.rawValue)).where("day", .equal, SQLBind(day.iso)).first(decoding: Row.self)
        return (row?.reported ?? 0, row?.late ?? 0, row?.abnormal ?? 0)
    }
}

/// A submission's answer as the API gives it.
struct ReceiptBody: Decodable {
    var id: UUID, day: String, revision: Int, formVersion: Int, late: Bool, abnormal: Bool, replayed: Bool
}

extension Browser {
    /// Submits a report through the API as the logged-in student; the answer is returned whatever its status.
    func report(_ answers: [String: Any] = ReportWorld.unchanged, key: String? = nil) async throws -> LiveServer.Answer {
        var headers = HTTPHeaders()
        if let key { headers.replaceOrAdd(name: "Idempotency-Key", value: key) }
        return try await json(.POST, "/api/v1/daily-reports", ["answers": answers], headers: headers)
    }
}
