@testable import Domain
import Foundation
import Testing

extension RuleTests {
    /// The demo's 践诺制: deterministic, most members pledge this year, last year's pledges are appraised, and every
    /// pledge, report, comment and rating obeys the rules the app enforces.
    @Suite struct DemoPledgesTests {
        static let today = LocalDate(year: 2026, month: 11, day: 18)!
        static let demo = DemoUniversity.generate(seed: 7, students: 600, today: today)
        static let generated = DemoPledges.generate(for: demo)
        var generated: DemoPledges { Self.generated }

        @Test func generate_sameDemo_identical() {
            #expect(DemoPledges.generate(for: Self.demo).pledges == generated.pledges)
            #expect(Set(generated.pledges.map(\.id)).count == generated.pledges.count)
        }

        @Test func mostMembers_pledgeThisYear() {
            let members = Set(Self.demo.people.map(\.person).filter { $0.politicalStatus.isPartyMember && $0.organizationID != nil }.map(\.id))
            let pledging = Set(generated.pledges.filter { $0.period.year == 2026 }.map(\.personID))
            #expect(pledging.isSubset(of: members))
            #expect(Double(pledging.count) > 0.7 * Double(members.count), "\(pledging.count) of \(members.count)")
        }

        @Test func lastYear_allAppraised_thisYear_notYet() {
            let lastYear = generated.pledges.filter { $0.period.year == 2025 }
            #expect(!lastYear.isEmpty && lastYear.allSatisfy { $0.status == .appraised && $0.appraisal != nil })
            #expect(generated.pledges.filter { $0.period.year == 2026 }.allSatisfy { $0.status != .appraised })
            #expect(Set(lastYear.compactMap(\.appraisal?.verdict)) == Set(PledgeVerdict.allCases))
        }

        @Test func everyPledge_obeysTheRules() {
            let people = Dictionary(uniqueKeysWithValues: Self.demo.people.map { ($0.person.id, $0.person) })
            for p in generated.pledges {
                let owner = people[p.personID]!
                #expect(p.period.contains(p.dueDate) && p.organizationID == owner.organizationID)
                #expect(p.postID.map { id in owner.posts.contains { $0.id == id } } ?? true)
                #expect(p.duty == nil || p.duty == owner.committeeRole)
                #expect((p.publishedAt != nil) == p.status.isPublic)
            }
            let byID = Dictionary(uniqueKeysWithValues: generated.pledges.map { ($0.id, $0) })
            for u in generated.updates {
                let pledge = byID[u.pledgeID]!
                #expect(pledge.status.isPublic && u.createdAt >= pledge.createdAt && u.createdAt < Self.today.start(in: Self.demo.school.timeZone))
                #expect(u.kind == .progress || !u.report.evidence.isEmpty)
            }
            #expect(generated.updates.contains { $0.kind == .fulfilment } && !generated.comments.isEmpty)
            #expect(generated.ratings.allSatisfy { PledgeRating.scores.contains($0.score) && byID[$0.pledgeID]!.personID != $0.personID })
            #expect(Set(generated.ratings.map { "\($0.pledgeID)\($0.personID)" }).count == generated.ratings.count)
            #expect(generated.pledges.contains { $0.postID != nil } && generated.pledges.contains { $0.duty != nil })
        }
    }
}
