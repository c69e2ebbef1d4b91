import Foundation

/// When the demo's branches were founded, and the changes the 工作欠账 board has to get right: most branches
/// are long established, two students' branches were split off this year (their members moved over on the
/// founding day), and one retirees' branch was merged into its neighbour in the middle of last year.
enum DemoLifespans {
    struct Outcome {
        var organizations: [Organization]
        var people: [DemoPerson]
        var transfers: [Transfer]
    }

    /// Founding day of the branches split off this year: 10 May, or three months back early in the year.
    static func splitDay(today: LocalDate) -> LocalDate {
        let may10 = LocalDate(year: today.year, month: 5, day: 10)!
        return may10 < today ? may10 : LocalDate(year: today.year, month: today.month, day: 10)!.adding(months: -3)
    }

    static func mergeDay(today: LocalDate) -> LocalDate { LocalDate(year: today.year - 1, month: 6, day: 30)! }

    static func apply(tree: DemoPartyTree, people: [DemoPerson], today: LocalDate, timeZone: TimeZone,
                      rng: inout DemoRandom) -> Outcome {
        var outcome = Outcome(organizations: tree.organizations, people: people, transfers: [])
        var founded: [Organization.ID: LocalDate] = [:], dissolved: [Organization.ID: LocalDate] = [:]
        for branch in tree.branches {
            founded[branch.id] = LocalDate(year: rng.pick([2008, 2010, 2010, 2010, 2012, 2015]), month: 9, day: 1)!
        }
        // Never the first college's branches: the demo accounts work there.
        let colleges = Array(tree.studentBranches.indices.dropFirst()).filter { tree.studentBranches[$0].count >= 2 }
        for college in pickTwo(colleges, rng: &rng) {
            let branches = tree.studentBranches[college]
            let (old, new) = (branches[branches.count - 2], branches[branches.count - 1])
            founded[new.id] = splitDay(today: today)
            outcome.move(from: old, to: new, on: splitDay(today: today), onlyEarlierThan: true,
                         reason: "新成立\(new.name)，组织关系由\(old.name)转入", timeZone: timeZone, rng: &rng)
        }
        if tree.retiredBranches.count >= 2 {
            let (kept, merged) = (tree.retiredBranches[tree.retiredBranches.count - 2], tree.retiredBranches.last!)
            dissolved[merged.id] = mergeDay(today: today)
            outcome.move(from: merged, to: kept, on: mergeDay(today: today), onlyEarlierThan: false,
                         reason: "\(merged.name)撤销，并入\(kept.name)", timeZone: timeZone, rng: &rng)
        }
        outcome.organizations = outcome.organizations.map { organization in
            var organization = organization
            // A party group lives as long as its branch.
            let branch = organization.kind == .group ? organization.parentID : organization.id
            organization.foundedOn = branch.flatMap { founded[$0] }
            organization.dissolvedOn = branch.flatMap { dissolved[$0] }
            return organization
        }
        return outcome
    }

    private static func pickTwo(_ items: [Int], rng: inout DemoRandom) -> [Int] {
        guard items.count > 2 else { return items }
        let first = rng.pick(items)
        let second = rng.pick(items.filter { $0 != first })
        return [first, second].sorted()
    }
}

extension DemoLifespans.Outcome {
    /// Records the move of the people of one branch to another on `day`. For a split (`onlyEarlierThan`) they are
    /// already placed in the new branch and only those on the party track before that day moved; for a merger
    /// everyone moves and gives up their seat on the dissolved branch's committee.
    mutating func move(from source: Organization, to target: Organization, on day: LocalDate, onlyEarlierThan: Bool,
                       reason: String, timeZone: TimeZone, rng: inout DemoRandom) {
        let recordedAt = DemoCalendar.instant(day, minutes: 10 * 60, in: timeZone)
        let owner = onlyEarlierThan ? target.id : source.id
        for index in people.indices where people[index].person.organizationID == owner {
            if !onlyEarlierThan {
                people[index].person.organizationID = target.id
                people[index].person.committeeRole = nil
            }
            let stages = people[index].person.stages
            guard let joined = Stage.allCases.compactMap({ stages[$0] }).min(), joined < day else { continue }
            transfers.append(Transfer(id: Transfer.ID(rng.uuid()), personID: people[index].person.id,
                                      fromOrganizationID: source.id, toOrganizationID: target.id, date: day,
                                      reason: reason, recordedAt: recordedAt))
        }
    }
}
