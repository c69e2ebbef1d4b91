import Foundation
import Tagged

/// Branch committees (支委) and members' posts, settled once everyone is in place.
extension DemoPopulation {
    /// 《中国共产党支部工作条例（试行）》第九条: a branch with seven or more full members elects a committee.
    static let committeeThreshold = 7

    /// Seats the committee of each branch from its full members, students first in students' branches
    /// (they were added first); a deputy secretary only where the branch is large.
    mutating func assignCommitteeRoles(branches: [Organization]) {
        var fullMembers: [Organization.ID: [Int]] = [:]
        for index in people.indices {
            let person = people[index].person
            guard person.politicalStatus == .fullMember, let organizationID = person.organizationID else { continue }
            if person.committeeRole == nil { fullMembers[organizationID, default: []].append(index) }
        }
        for branch in branches {
            let candidates = fullMembers[branch.id] ?? []
            let seated = secretaries[branch.id] == nil ? 0 : 1
            guard candidates.count + seated >= Self.committeeThreshold else { continue }
            var roles: [CommitteeRole] = [.organizationCommissioner, .propagandaCommissioner, .disciplineCommissioner]
            if candidates.count >= 15 { roles.insert(.deputySecretary, at: 0) }
            for (role, index) in zip(roles, candidates) { people[index].person.committeeRole = role }
        }
    }

    /// About one working full member in sixteen holds a 党员先锋岗 or 党员示范岗, taken up in the last three years.
    mutating func assignPosts() {
        for index in people.indices where people[index].person.kind != .retired {
            guard let joined = people[index].person.stages.full, rng.chance(0.06) else { continue }
            let kind: Post.Kind = rng.chance(0.5) ? .vanguard : .model
            let titles = kind == .vanguard ? DemoCatalog.vanguardTitles : DemoCatalog.modelTitles
            let start = max(joined, today.adding(days: -3 * 365))
            let since = start.adding(days: rng.int(in: 0...max(0, start.days(until: today))))
            let post = Post(id: Post.ID(rng.uuid()), kind: kind, title: rng.pick(titles), since: since)
            people[index].person.posts = [post]
        }
    }
}
