/// Who belonged to each branch on a given day: its 党员 (admitted as 预备党员 by then), with their committee seat
/// and party group, following the transfers of the branches founded and dissolved in the demo.
struct DemoRoster {
    /// One person's time in one branch.
    struct Stay {
        /// Index in `DemoUniversity.people`.
        var person: Int
        var admitted: LocalDate
        /// First day in the branch (nil: since they joined the party).
        var from: LocalDate?
        /// First day no longer in it (nil: still there).
        var until: LocalDate?
        var isCommittee: Bool
        /// Which of the branch's party groups they sit in (members are dealt out in turn).
        var group: Int

        func covers(_ date: LocalDate) -> Bool {
            admitted <= date && (from.map { $0 <= date } ?? true) && (until.map { date < $0 } ?? true)
        }
    }

    private(set) var stays: [Organization.ID: [Stay]] = [:]
    /// Each branch's party groups, in the order of the tree.
    private(set) var groups: [Organization.ID: [Organization.ID]] = [:]

    init(people: [DemoPerson], organizations: [Organization], transfers: [Transfer]) {
        for organization in organizations where organization.kind == .group {
            if let branch = organization.parentID { groups[branch, default: []].append(organization.id) }
        }
        let moves = Dictionary(grouping: transfers, by: \.personID)
        for (index, entry) in people.enumerated() {
            let person = entry.person
            guard person.politicalStatus.isPartyMember, let branch = person.organizationID,
                  let admitted = person.stages.probationary ?? person.stages.full else { continue }
            var joinedBranch: LocalDate?
            for move in moves[person.id] ?? [] {
                if let source = move.fromOrganizationID {
                    stays[source, default: []].append(Stay(person: index, admitted: admitted, from: nil, until: move.date,
                                                           isCommittee: false, group: 0))
                }
                joinedBranch = move.date
            }
            stays[branch, default: []].append(Stay(person: index, admitted: admitted, from: joinedBranch, until: nil,
                                                   isCommittee: person.committeeRole != nil, group: 0))
        }
        for (branch, list) in stays {
            let count = max(1, groups[branch]?.count ?? 1)
            stays[branch] = list.sorted { $0.person < $1.person }.enumerated().map { offset, stay in
                var stay = stay
                stay.group = offset % count
                return stay
            }
        }
    }

    func members(of branch: Organization.ID, on date: LocalDate) -> [Stay] {
        (stays[branch] ?? []).filter { $0.covers(date) }
    }

    /// The committee on a day; a branch without one on record (a dissolved branch's committee went with it)
    /// is represented by its three longest-standing members.
    func committee(of branch: Organization.ID, on date: LocalDate) -> [Stay] {
        let members = members(of: branch, on: date)
        let seated = members.filter(\.isCommittee)
        if !seated.isEmpty { return seated }
        return Array(members.sorted { ($0.admitted, $0.person) < ($1.admitted, $1.person) }.prefix(3))
    }

    /// The members of a branch's party group on a day.
    func members(ofGroup group: Organization.ID, in branch: Organization.ID, on date: LocalDate) -> [Stay] {
        guard let index = groups[branch]?.firstIndex(of: group) else { return [] }
        return members(of: branch, on: date).filter { $0.group == index }
    }
}
