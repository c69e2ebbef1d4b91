import Domain
import Foundation
import Persistence
import Vapor

/// A stored report as the API shows it.
struct DailyReportDTO: Content {
    var id: UUID
    var day: String
    var formVersion: Int
    var answers: [String: String]
    var abnormal: Bool
    var late: Bool
    var offCampus: Bool
    var revision: Int
    var submittedAt: Date

    init(_ r: DailyReport) {
        id = r.id; day = r.day.iso; formVersion = r.formVersion; answers = r.answers.values; abnormal = r.isAbnormal
        late = r.isLate; offCampus = r.isOffCampus; revision = r.revision; submittedAt = r.submittedAt
    }
}

/// The answer to a submission: committed (or replayed) before it was sent.
struct DailyReportReceiptDTO: Content {
    var id: UUID
    var day: String
    var revision: Int
    var formVersion: Int
    var late: Bool
    var abnormal: Bool
    var submittedAt: Date
    var replayed: Bool

    init(_ r: ReportReceipt) {
        id = r.reportID; day = r.day.iso; revision = r.revision; formVersion = r.formVersion; late = r.isLate
        abnormal = r.isAbnormal; submittedAt = r.submittedAt; replayed = r.isReplay
    }
}

/// A unit's tally of a day.
struct ReportTallyDTO: Content {
    var enrolled: Int, onLeave: Int, expected: Int, reported: Int, missing: Int, late: Int, abnormal: Int
    /// Reported per mille of expected (975 = 97.5%); null when no one is expected.
    var ratePerMille: Int?

    init(_ t: ReportTally) {
        enrolled = t.enrolled; onLeave = t.onLeave; expected = t.expected; reported = t.reported; missing = t.missing
        late = t.late; abnormal = t.abnormal; ratePerMille = t.ratePerMille
    }
}

/// GET /api/v1/daily-reports/summary: the unit and each child unit.
struct ReportSummaryDTO: Content {
    struct Row: Content { var unitId: UUID?; var name: String; var kind: String?; var tally: ReportTallyDTO }
    var date: String
    var unitId: UUID?
    var unitName: String?
    var total: ReportTallyDTO
    var children: [Row]

    init(_ s: ReportSummary) {
        date = s.day.iso; unitId = s.unit?.id.rawValue; unitName = s.unit?.name; total = ReportTallyDTO(s.total)
        children = s.rows.map { Row(unitId: $0.unit?.id.rawValue, name: $0.label, kind: $0.unit?.kind.rawValue, tally: ReportTallyDTO($0.tally)) }
    }
}

/// A student in the missing or abnormal list.
struct ReportListEntryDTO: Content {
    var personId: UUID
    var number: String
    var name: String
    var className: String
    var dormName: String?
    var report: DailyReportDTO?
    var reasons: [String]

    init(_ e: ReportListEntry) {
        personId = e.personID.rawValue; number = e.number; name = e.name; className = e.className; dormName = e.dormName
        report = e.report.map(DailyReportDTO.init); reasons = e.reasons
    }
}

struct ReportListDTO: Content {
    var date: String
    var unitId: UUID?
    var total: Int
    var items: [ReportListEntryDTO]
}
