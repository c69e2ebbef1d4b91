@testable import Domain
import Foundation
import Testing

/// Worked-example organisations, meetings and boards for the compliance suites. Every board judges 2026.
enum ComplianceFixture {
    static let year = 2026

    static func org(_ n: Int) -> Organization.ID { Organization.ID(RuleFixture.uuid(200 + n)) }
    static func meeting(_ n: Int) -> Meeting.ID { Meeting.ID(RuleFixture.uuid(1_000 + n)) }

    /// Branch `n` of college `college` under school `s`: path `/s/c<college>/b<n>/`.
    static func branch(_ n: Int, college: Int = 1, founded: String? = nil, dissolved: String? = nil,
                       sourceLocation: SourceLocation = #_sourceLocation) throws -> ComplianceSubject {
        ComplianceSubject(id: org(n), kind: .branch, name: "第\(n)党支部",
                          path: TreePath(rawValue: "/s/c\(college)/b\(n)/"),
                          foundedOn: try founded.map { try RuleFixture.date($0, sourceLocation: sourceLocation) },
                          dissolvedOn: try dissolved.map { try RuleFixture.date($0, sourceLocation: sourceLocation) })
    }

    /// One held meeting as the board sees it, for one organisation.
    static func fact(_ meeting: Int, org n: Int, _ kind: MeetingKind, on iso: String, missing: [RequiredElement] = [],
                     sourceLocation: SourceLocation = #_sourceLocation) throws -> MeetingFact {
        MeetingFact(meetingID: self.meeting(meeting), organizationID: org(n), kind: kind,
                    date: try RuleFixture.date(iso, sourceLocation: sourceLocation), missingElements: missing)
    }

    static func board(today iso: String, rules: MeetingRules = .standard,
                      sourceLocation: SourceLocation = #_sourceLocation) throws -> ComplianceBoard {
        ComplianceBoard(rules: rules, year: year, today: try RuleFixture.date(iso, sourceLocation: sourceLocation))
    }

    /// An instant written in ISO 8601 with its offset, e.g. `2026-03-31T23:30:00+08:00`.
    static func instant(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Date {
        try #require(ISO8601DateFormatter().date(from: text), "not an instant: \(text)", sourceLocation: sourceLocation)
    }
}

extension [ComplianceCell] {
    /// The one cell of an organisation, kind and period key (`2026-03`, `2026-Q1`, `2026-H1`, `2026`).
    func cell(_ org: Organization.ID, _ kind: MeetingKind, _ period: String,
              sourceLocation: SourceLocation = #_sourceLocation) throws -> ComplianceCell {
        let matches = filter { $0.organizationID == org && $0.requirement.kind == kind && $0.period.description == period }
        try #require(matches.count == 1, "expected one \(kind) cell for \(period), found \(matches.count)",
                     sourceLocation: sourceLocation)
        return matches[0]
    }

    func status(_ org: Organization.ID, _ kind: MeetingKind, _ period: String,
                sourceLocation: SourceLocation = #_sourceLocation) throws -> ComplianceStatus {
        try cell(org, kind, period, sourceLocation: sourceLocation).status
    }
}
