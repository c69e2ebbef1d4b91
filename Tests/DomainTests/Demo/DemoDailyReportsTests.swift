@testable import Domain
import Foundation
import Testing

extension RuleTests {
    /// The demo's daily reports (RULES.md §5): deterministic, realistic in their gaps, lateness and abnormal answers,
    /// and consistent with the form, the cut-off, the leave ledger and the watch list.
    @Suite struct DemoDailyReportsTests {
        static let today = LocalDate(year: 2026, month: 11, day: 18)!
        static let demo = DemoUniversity.generate(seed: 7, students: 2_000, today: today)
        static let generated = DemoDailyReports.generate(for: demo)
        /// Every day's reports, oldest day first.
        static let byDay = generated.days.map { generated.reports(on: $0) }
        static let form = ReportForm.standard

        var generated: DemoDailyReports { Self.generated }
        var reports: [DemoReport] { Self.byDay.flatMap { $0 } }
        /// The days before today, which are complete.
        var pastDays: ArraySlice<[DemoReport]> { Self.byDay.dropLast() }

        @Test func generate_sameDemo_identical() {
            // MUT
            let again = DemoDailyReports.generate(for: Self.demo)
            // validate
            #expect(again.days == generated.days && again.days.count == 60 && again.days.last == Self.today)
            #expect(again.reporters == generated.reporters && again.leaves == generated.leaves && again.watches == generated.watches)
            #expect(again.reports(on: Self.today.adding(days: -3)) == Self.byDay[56])
            #expect(DemoDailyReports.generate(for: Self.demo, options: .none).reporters.isEmpty)
            #expect(Set(reports.map(\.id)).count == reports.count)
        }

        /// Student by student, the same reports as day by day, with ids ascending in that order (the seeder's).
        @Test func reportsOfStudents_sameReports_idsAscending() {
            // MUT
            let students = generated.reports(of: 100..<160)
            // validate
            let byDay = reports.filter { (100..<160).contains($0.reporter) }
            #expect(students.count == byDay.count && Set(students.map(\.id)) == Set(byDay.map(\.id)))
            #expect(zip(students, students.dropFirst()).allSatisfy { ($0.reporter, $0.day) < ($1.reporter, $1.day) })
            #expect(zip(students, students.dropFirst()).allSatisfy { $0.id.uuidString < $1.id.uuidString })
        }

        /// About 3% missing (more at weekends), 5% late, 1.5% abnormal, 8% off campus at weekends and 2% on weekdays.
        @Test func reports_proportionsWithinBounds() {
            let students = generated.reporters.count
            var expected = [false: 0, true: 0], reported = [false: 0, true: 0], off = [false: 0, true: 0]
            for day in pastDays {
                guard let date = day.first?.day else { continue }
                let weekend = DemoCalendar.isWeekend(date)
                let away = Set(generated.leaves.filter { $0.isAway(on: date) }.map(\.personID))
                expected[weekend]! += students - away.count
                reported[weekend]! += day.count { !away.contains($0.personID) }
                off[weekend]! += day.count { $0.isOffCampus }
            }
            let missing = 1 - Double(reported[false]! + reported[true]!) / Double(expected[false]! + expected[true]!)
            let weekdayMissing = 1 - Double(reported[false]!) / Double(expected[false]!)
            let weekendMissing = 1 - Double(reported[true]!) / Double(expected[true]!)
            let past = pastDays.flatMap { $0 }
            func share(_ count: Int, of total: Int) -> Double { Double(count) / Double(total) }
            #expect((0.02...0.045).contains(missing) && weekendMissing > weekdayMissing * 1.5, "\(missing)")
            #expect((0.035...0.07).contains(share(past.count(where: \.isLate), of: past.count)))
            #expect((0.008...0.025).contains(share(past.count(where: \.isAbnormal), of: past.count)))
            #expect((0.05...0.11).contains(share(off[true]!, of: reported[true]!)))
            #expect((0.01...0.04).contains(share(off[false]!, of: reported[false]!)))
            #expect((0.01...0.03).contains(share(past.count { $0.revision == 2 }, of: past.count)))
            #expect((0.95...0.99).contains(share(generated.consents.count, of: students)))
            // A few chronic non-reporters.
            let missed = Dictionary(grouping: past, by: \.reporter).filter { $0.value.count < 40 }
            #expect((5...60).contains(missed.count), "\(missed.count)")
        }

        /// Late exactly when after the cut-off, between 06:30 and noon, on its own day, and before `now`.
        @Test func reports_lateExactlyAfterCutoff() {
            let timing = generated.timing
            for r in reports {
                let minutes = (r.submittedAt.timeIntervalSince(r.day.start(in: timing.timeZone))) / 60
                #expect(r.isLate == timing.isLate(r.submittedAt) && timing.day(of: r.submittedAt) == r.day)
                #expect(minutes >= 390 && minutes < 720 && r.submittedAt < generated.now)
                if let p = r.previous {
                    #expect(p.isLate == timing.isLate(p.submittedAt) && p.submittedAt < r.submittedAt && r.revision == 2)
                    #expect(timing.day(of: p.submittedAt) == r.day && p.answers != r.answers)
                } else {
                    #expect(r.revision == 1)
                }
            }
            // Today up to 09:30: partly reported, none late yet, and the demo accounts have not reported.
            let today = Self.byDay.last!
            let accounts = Set(Self.demo.accounts.compactMap(\.personID))
            #expect(today.count > generated.reporters.count / 2 && today.count < pastDays.last!.count)
            #expect(!today.contains { $0.isLate || accounts.contains($0.personID) })
        }

        /// Abnormal and off campus exactly when the form says so; the answers are what the form would have accepted,
        /// without any health answer from a student who has not consented.
        @Test func reports_flagsAsTheFormSays() throws {
            let consented = Set(generated.consents.map(\.personID))
            for r in reports {
                #expect(r.isAbnormal == r.answers.isAbnormal && r.isOffCampus == (r.answers.city != nil))
                if !consented.contains(r.personID) { #expect(r.answers.health == nil && r.answers.temperatureTenths == nil) }
                if let p = r.previous { #expect(p.isAbnormal == p.answers.isAbnormal) }
            }
            // The answers take few distinct values: each is checked against the form once.
            for drawn in Set(reports.flatMap { [$0.answers] + ($0.previous.map { [$0.answers] } ?? []) }) {
                let answers = drawn.answers
                #expect(drawn.isAbnormal == Self.form.isAbnormal(answers) && (drawn.city != nil) == Self.form.isOffCampus(answers))
                #expect(try Self.form.answers(from: answers.values, healthConsent: drawn.health != nil) == answers)
            }
            let fevers = reports.filter { $0.answers.health == "fever" }
            #expect(!fevers.isEmpty && fevers.allSatisfy { (373...386).contains($0.answers.temperatureTenths ?? 0) })
        }

        /// Every status in every college; a student on leave seldom reports, and then from the destination.
        @Test func leaves_ofEveryStatus_fewReportsWhenAway() {
            let colleges = Set(generated.reporters.compactMap(\.collegeID))
            #expect(generated.leaves.count == colleges.count * 8)
            #expect(Set(generated.leaves.map(\.status)) == Set(DemoLeave.Status.allCases))
            var awayDays = 0, reportedAway = 0
            for (day, dayReports) in zip(generated.days, Self.byDay).dropLast() {
                for leave in generated.leaves where leave.isAway(on: day) {
                    awayDays += 1
                    if let r = dayReports.first(where: { $0.personID == leave.personID }) {
                        reportedAway += 1
                        #expect(r.answers.city == leave.destination)
                    }
                }
            }
            #expect(awayDays > 20 && Double(reportedAway) / Double(awayDays) < 0.25, "\(reportedAway)/\(awayDays)")
            for leave in generated.leaves {
                #expect(leave.firstDay <= leave.lastDay && leave.createdAt < generated.now)
                #expect((leave.status == .pending) == (leave.decidedAt == nil))
                #expect((leave.status == .left || leave.status == .returned) == (leave.leftDay != nil))
                #expect((leave.status == .returned) == (leave.returnedDay != nil))
            }
        }

        /// An open watch for each student with an abnormal report in the last seven days; closed older ones recovered.
        @Test func watches_openForRecentAbnormal_closedRecovered() throws {
            let recent = try #require(generated.recentDays)
            let abnormalRecently = Set(reports.filter { $0.isAbnormal && recent.contains($0.day) }.map(\.personID))
            let open = generated.watches.filter { $0.status == .open }
            #expect(Set(open.map(\.personID)) == abnormalRecently && open.count == abnormalRecently.count)
            let byID = Dictionary(uniqueKeysWithValues: reports.map { ($0.id, $0) })
            for watch in generated.watches {
                let report = try #require(byID[watch.reportID])
                #expect(report.isAbnormal && report.personID == watch.personID && report.day == watch.openedDay)
                #expect(!watch.reason.isEmpty && watch.createdAt == report.submittedAt)
                #expect(watch.followUps.allSatisfy { $0.happenedAt > watch.createdAt && $0.happenedAt < generated.now })
                if watch.status == .closed {
                    #expect((1...3).contains(watch.followUps.count) && watch.followUps.last?.result == .recovered)
                    #expect(watch.closedReason == "recovered" && watch.closedAt! > watch.followUps.last!.happenedAt)
                }
            }
            #expect(generated.watches.contains { $0.status == .closed })
            #expect(DemoWatch.reason(DemoReportAnswers(health: "fever", temperatureTenths: 381)) == "今日身体状况：发热；体温：38.1℃")
        }
    }
}
