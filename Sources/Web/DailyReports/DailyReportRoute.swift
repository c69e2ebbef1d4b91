import Domain
import Foundation

/// The addresses of the daily report pages: the student's report of today and consent, the units' summary, its
/// lists, breakdowns, a student's recent reports and the exports. Views build links only from here.
enum DailyReportRoute {
    case today(ReportNotice?)
    case consent
    case revokeConsent
    case summary(ReportUnitQuery)
    case missing(ReportUnitQuery)
    case abnormal(ReportUnitQuery)
    case breakdown(ReportUnitQuery, question: String)
    case person(Person.ID)
    case export(ReportUnitQuery)
    case exportMissing(ReportUnitQuery)
    case exportAbnormal(ReportUnitQuery)

    var path: String {
        switch self {
        case .today(let notice): "/reports/today" + MeetingRoute.query([("done", notice?.rawValue)])
        case .consent: "/reports/consent"
        case .revokeConsent: "/reports/consent/revoke"
        case .summary(let q): "/reports" + q.queryString()
        case .missing(let q): "/reports/missing" + q.queryString()
        case .abnormal(let q): "/reports/abnormal" + q.queryString()
        case .breakdown(let q, let question): "/reports/breakdown" + q.queryString([("question", question)])
        case .person(let id): "/reports/person/\(id.rawValue)"
        case .export(let q): "/reports/export" + q.queryString()
        case .exportMissing(let q): "/reports/missing/export" + q.queryString()
        case .exportAbnormal(let q): "/reports/abnormal/export" + q.queryString()
        }
    }
}

/// What the student's page confirms after a post redirected back to it (`?done=`).
enum ReportNotice: String, Sendable {
    case reported, consentGranted = "consent_granted", consentRevoked = "consent_revoked"

    func text(_ s: Strings) -> String {
        switch self {
        case .reported: s.reportSubmitted
        case .consentGranted: s.reportConsentGranted
        case .consentRevoked: s.reportConsentRevoked
        }
    }
}

/// The unit and day a staff page is about: no unit means the whole of the actor's reach, no day means today.
struct ReportUnitQuery: Equatable, Sendable {
    var unitID: GridUnit.ID?
    var day: LocalDate?

    func queryString(_ extra: [(String, String?)] = []) -> String {
        MeetingRoute.query([("unit", unitID.map { $0.rawValue.uuidString }), ("date", day?.iso)] + extra)
    }

    func with(unit: GridUnit.ID?) -> ReportUnitQuery { ReportUnitQuery(unitID: unit, day: day) }
    func with(day: LocalDate) -> ReportUnitQuery { ReportUnitQuery(unitID: unitID, day: day) }
}
