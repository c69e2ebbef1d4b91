import Domain
import Fluent
import Foundation
import Persistence
import SQLKit
import Testing
@testable import Web

extension AllTests {
    /// The seeded world's daily reports (`DemoSeeder+DailyReports`): what the generator drew, in the columns the
    /// report writer fills, with `daily_report_counts` equal to a recount from the reports.
    @Suite struct DemoReportSeedingTests {
        struct Count: Decodable, Hashable { var day: String, class_id: UUID, reported: Int, late: Int, abnormal: Int }
        struct Number: Decodable { var n: Int }

        @Test func counts_equalARecountOfTheReports() async throws {
            try await withApp { app in
                let sql = app.db as! any SQLDatabase
                // MUT
                let kept = try await sql.raw("SELECT day, class_id, reported, late, abnormal FROM daily_report_counts")
                    .all(decoding: Count.self)
                let recount = try await sql.raw("""
                    SELECT day, class_id, COUNT(*) AS reported, CAST(SUM(CASE WHEN late THEN 1 ELSE 0 END) AS INTEGER) AS late, \
                    CAST(SUM(CASE WHEN abnormal THEN 1 ELSE 0 END) AS INTEGER) AS abnormal FROM daily_reports \
                    WHERE class_id IS NOT NULL GROUP BY day, class_id
                    """).all(decoding: Count.self)
                // validate
                #expect(!kept.isEmpty && Set(kept) == Set(recount) && kept.count == recount.count)
            }
        }

        @Test func reports_asGenerated_withThePlacesOfPeople() async throws {
            try await withApp { app in
                let sql = app.db as! any SQLDatabase
                let demo = TestWorld.first
                let generated = DemoDailyReports.generate(for: demo)
                let reports = generated.reports(of: generated.reporters.indices)
                let expected = reports.count
                func count(_ query: SQLQueryString) async throws -> Int {
                    try await sql.raw(query).first(decoding: Number.self)?.n ?? -1
                }
                let school = demo.school.id.rawValue
                // MUT / validate
                #expect(try await count("SELECT COUNT(*) AS n FROM daily_reports WHERE school_id = \(bind: school)") == expected)
                #expect(try await count("""
                    SELECT COUNT(*) AS n FROM daily_reports r JOIN people p ON p.id = r.person_id \
                    WHERE r.school_id = \(bind: school) AND r.class_id = p.class_id AND r.grid_path = p.grid_path \
                    AND r.dorm_id = p.dorm_id AND r.form_version = 1
                    """) == expected)
                #expect(try await count("SELECT COUNT(*) AS n FROM daily_reports WHERE school_id = \(bind: school) AND abnormal = \(bind: true)")
                    == reports.count(where: \.isAbnormal))
                #expect(try await count("SELECT COUNT(*) AS n FROM health_consents WHERE school_id = \(bind: school)") == generated.consents.count)
                #expect(try await count("SELECT COUNT(*) AS n FROM watches WHERE school_id = \(bind: school)") == generated.watches.count)
                #expect(try await count("SELECT COUNT(*) AS n FROM leave_applications WHERE school_id = \(bind: school)") == generated.leaves.count)
                #expect(try await count("SELECT COUNT(*) AS n FROM report_forms WHERE school_id = \(bind: school)") == 1)
                let form = try await app.stores.reportForms.current(of: demo.school.id)
                #expect(form == .standard)
            }
        }
    }
}
