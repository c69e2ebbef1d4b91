import Foundation

/// The demo's archived year: each member's counted points of that year, and the two nominations drawn from it.
enum DemoPointArchive {
    static let volunteering = ["社区疫苗接种点志愿服务", "图书馆图书整理志愿服务", "迎新志愿服务", "敬老院陪伴老人", "校园义务植树"]

    static func archive(_ entries: [PointEntry], members: [Person], year: Int, school: School.ID, zone: TimeZone) -> PointArchive {
        var sums: [Person.ID: Int] = [:]
        for e in entries where e.day.year == year && e.status == .approved { sums[e.personID, default: 0] += e.points }
        let totals = members.map { PointArchive.Total(personID: $0.id, name: $0.name, organizationID: $0.organizationID, points: sums[$0.id] ?? 0) }
        let frozen = LocalDate(year: year + 1, month: 1, day: 15)!.start(in: zone).addingTimeInterval(10 * 3600)
        return PointArchive(id: .init(UUID()), schoolID: school, year: year, frozenAt: frozen, frozenBy: "org", totals: totals)
    }

    static func nominations(_ archive: PointArchive, demo: DemoUniversity, rng: inout DemoRandom) -> [Nomination] {
        let names = Dictionary(uniqueKeysWithValues: demo.organizations.map { ($0.id, $0.name) })
        let at = archive.frozenAt.addingTimeInterval(7 * 86_400)
        var members = Nomination(id: .init(rng.uuid()), schoolID: archive.schoolID, year: archive.year, title: "优秀共产党员",
                                 subject: .member, criterion: .top(20),
                                 shortlist: Nomination.shortlist(Nomination.memberTotals(archive), by: .top(20)), createdBy: "org", createdAt: at)
        var branches = Nomination(id: .init(rng.uuid()), schoolID: archive.schoolID, year: archive.year, title: "先进基层党组织",
                                  subject: .branch, criterion: .top(5),
                                  shortlist: Nomination.shortlist(Nomination.branchTotals(archive, names: names), by: .top(5)),
                                  createdBy: "org", createdAt: at)
        let decidedAt = at.addingTimeInterval(3 * 86_400)
        if let chosen = try? members.deciding(Array(members.shortlist.prefix(10).map(\.id)), reason: "依据年度积分档案，经党委会研究确定",
                                              by: "org", at: decidedAt) { members = chosen }
        if let chosen = try? branches.deciding(Array(branches.shortlist.prefix(3).map(\.id)), reason: "积分排名靠前，支部工作扎实",
                                               by: "org", at: decidedAt) { branches = chosen }
        return [members, branches]
    }
}
