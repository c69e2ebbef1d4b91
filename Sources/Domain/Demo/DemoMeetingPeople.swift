/// The names and places a demo meeting record mentions: who chairs and lectures, and where it is held.
struct DemoMeetingPeople {
    /// Person index of the secretary of each branch and committee.
    private var secretaries: [Organization.ID: Int] = [:]
    private let people: [DemoPerson]
    private let organizations: [Organization.ID: Organization]
    /// The college each organisation belongs to (`计算机学院`), found through its committee's grid unit.
    private var colleges: [Organization.ID: String] = [:]
    private var marxismTeachers: [String] = []

    init(demo: DemoUniversity) {
        people = demo.people
        organizations = Dictionary(uniqueKeysWithValues: demo.organizations.map { ($0.id, $0) })
        for (index, entry) in demo.people.enumerated() where entry.person.committeeRole == .secretary {
            if let organization = entry.person.organizationID { secretaries[organization] = index }
        }
        for organization in demo.organizations {
            if organization.gridUnitID != nil && organization.name.hasSuffix("党委") {
                colleges[organization.id] = String(organization.name.dropLast(2))
            } else if let parent = organization.parentID, let college = colleges[parent] {
                colleges[organization.id] = college
            }
        }
        let marxism = Set(demo.organizations.filter { $0.name.hasPrefix("马克思主义学院教工") }.map(\.id))
        marxismTeachers = demo.people.filter { $0.person.organizationID.map(marxism.contains) == true && $0.person.kind == .staff }
            .map(\.person.name)
    }

    func secretary(of organization: Organization.ID) -> String? { secretaries[organization].map { people[$0].person.name } }

    /// The secretary's name, or the office's where the branch has none on record (one dissolved since).
    func secretaryName(of branch: Organization.ID) -> String {
        secretary(of: branch) ?? superiorSecretary(of: branch) ?? "支部书记"
    }

    /// `王伟（计算机学院党委书记）`: the nearest organisation above with a secretary.
    func superiorSecretary(of organization: Organization.ID) -> String? {
        var current = organizations[organization]?.parentID
        while let id = current, let above = organizations[id] {
            if let name = secretary(of: id) { return "\(name)（\(above.name)书记）" }
            current = above.parentID
        }
        return nil
    }

    func marxismTeacher(rng: inout DemoRandom) -> String? { marxismTeachers.isEmpty ? nil : rng.pick(marxismTeachers) }

    /// A party group's meetings are led by its first member, the group leader (党小组长).
    func groupLeader(of group: Organization.ID, roster: DemoRoster, branch: Organization.ID, on date: LocalDate) -> String {
        roster.members(ofGroup: group, in: branch, on: date).first.map { people[$0.person].person.name }
            ?? secretaryName(of: branch)
    }

    /// Where a meeting is held: a visit for some themed days, online often in the vacations (for students) and now
    /// and then otherwise, else a meeting room of the college, the administration building or the retirees' centre.
    func place(for kind: MeetingKind, host: Organization, branch: Organization.ID, topic: String, on date: LocalDate,
               joint: Bool, rng: inout DemoRandom) -> (String, Bool) {
        if topic.contains("红色教育基地") || topic.contains("祭英烈") { return (rng.pick(DemoMeetingTopics.sites), false) }
        let category = organizations[branch]?.category
        let vacation = [1, 2, 7, 8].contains(date.month) && category == .students
        if rng.chance(vacation ? 0.7 : 0.08) {
            let number = "\(rng.int(in: 100...999))-\(rng.int(in: 100...999))-\(rng.int(in: 100...999))"
            return (rng.pick(["腾讯会议", "腾讯会议", "钉钉视频会议"]) + " " + number, true)
        }
        switch category {
        case .retired: return (rng.pick(["老干部活动中心二楼会议室", "离退休工作处活动室"]), false)
        case .administrative: return (rng.pick(["行政楼第一会议室", "行政楼 508 会议室", "党员活动室（行政楼 105）"]), false)
        default:
            let college = colleges[branch] ?? ""
            if joint { return (college + "报告厅", false) }
            if host.kind == .group { return (rng.pick(["\(college)党员活动室", "图书馆研讨室 3F-2", "\(college)研讨室 B112"]), false) }
            return (rng.pick(["\(college)会议室 A301", "\(college)会议室 B205", "\(college)党员活动室"]), false)
        }
    }
}
