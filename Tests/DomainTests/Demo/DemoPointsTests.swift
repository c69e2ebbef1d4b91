import Foundation
import Testing
@testable import Domain

/// The demo's 积分制: entries within the caps, member1 with points, last year archived and nominated.
@Suite struct DemoPointsTests {
    let demo = DemoFixture.demo

    private var attendance: [DemoPoints.Attendance] {
        let member = demo.account("member1")!.personID!
        return (1...6).map { DemoPoints.Attendance(personID: member, meetingID: UUID(), day: demo.today.adding(days: -$0)) }
    }

    @Test func entries_withinTheCapsOfTheStandardRules() {
        // MUT
        let points = DemoPoints.generate(for: demo, attendance: attendance)
        // validate
        let rules = Dictionary(uniqueKeysWithValues: points.rules.map { ($0.event, $0) })
        let counted = points.entries.filter { $0.status == .approved }
        for (key, lines) in Dictionary(grouping: counted, by: { "\($0.personID)|\($0.event)|\($0.day.year)-\($0.day.month)" }) {
            let cap = rules[lines[0].event]?.monthlyCap ?? .max
            #expect(lines.reduce(0) { $0 + $1.points } <= cap, "\(key)")
        }
        #expect(points.entries.allSatisfy { $0.day <= demo.today && $0.day.year >= demo.today.year - 1 })
        #expect(points.entries.contains { $0.status == .pending && $0.day.year == demo.today.year })
        #expect(!points.entries.contains { $0.status == .pending && $0.day.year == points.archivedYear })
        let automatic = points.entries.compactMap { e in e.source.map { "\(e.personID)|\(e.event)|\($0)" } }
        #expect(Set(automatic).count == automatic.count, "(person, event, source) is unique, as the table requires")
        #expect(points.entries.count < 120_000, "the demo's seeding stays fast: \(points.entries.count) entries")
        let member = demo.account("member1")!.personID!
        #expect(counted.contains { $0.personID == member && $0.event == .meetingAttended })
    }

    @Test func lastYear_archivedWithDecidedNominations() {
        let points = DemoPoints.generate(for: demo, attendance: attendance)
        #expect(points.archivedYear == demo.today.year - 1 && points.archive.totals.contains { $0.points > 0 })
        #expect(points.nominations.map(\.subject) == [.member, .branch])
        #expect(points.nominations.allSatisfy { $0.isDecided && !$0.chosen.isEmpty && Set($0.chosen).isSubset(of: Set($0.shortlist.map(\.id))) })
    }
}
