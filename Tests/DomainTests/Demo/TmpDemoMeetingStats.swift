@testable import Domain
import Foundation
import Testing

@Suite struct TmpDemoMeetingStats {
    @Test func stats() {
        for (students, years) in [(20_000, 2), (50_000, 3)] {
            let today = LocalDate(year: 2026, month: 11, day: 22)!
            let t0 = Date()
            let demo = DemoUniversity.generate(seed: 2026, students: students, today: today)
            let t1 = Date()
            let life = DemoMeetings.generate(for: demo, today: today, seed: 2026, years: years)
            let t2 = Date()
            var kinds: [MeetingKind: Int] = [:]
            for m in life.meetings { kinds[m.kind, default: 0] += 1 }
            let branches = demo.organizations.filter { $0.kind == .branch }.count
            let groups = demo.organizations.filter { $0.kind == .group }.count
            print("STATS \(students) students \(years)y: branches \(branches) groups \(groups) meetings \(life.meetings.count) planned \(life.meetings.filter { $0.status == .planned }.count) joint \(life.meetings.filter { $0.organizationIDs.count > 1 }.count) attendance \(life.attendanceCount) incomplete \(life.meetings.filter { $0.status == .held && !$0.isComplete }.count) gen university \(t1.timeIntervalSince(t0)) s meetings \(t2.timeIntervalSince(t1)) s")
            print("STATS kinds \(kinds.map { "\($0.key.rawValue)=\($0.value)" }.sorted())")
            if students == 20_000 {
                for i in [0, 100, 2000] { let m = life.meetings[i]; print("STATS sample \(m.date) \(m.kind) \(m.topic) @ \(m.place) lecturer \(m.lecturer ?? "-")\n\(m.agenda)\n\(m.minutes)\nregister \(life.attendance[i].count)") }
            }
        }
    }
}
