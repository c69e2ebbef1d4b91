import Foundation

/// A student expected to report each day, with the habits the demo gives them and the places the seeder copies
/// onto each report (class, dorm and the class's grid path, as `people` holds them).
public struct DemoReporter: Equatable, Sendable {
    public var personID: Person.ID
    public var classID: GridUnit.ID?
    public var dormID: GridUnit.ID?
    public var gridPath: TreePath?
    /// The college the class belongs to (leave applications are drawn per college).
    public var collegeID: GridUnit.ID?
    /// Health consent granted at this instant; nil for the few who never gave it.
    public var consentGrantedAt: Date?
    /// Where the student goes when off campus.
    public var homeCity: String
    /// The share of days the student forgets (a few chronic non-reporters forget nearly half).
    var missRate: Double
    var lateRate: Double
    /// Gives a temperature most days.
    var takesTemperature: Bool
    /// A demo account's person: never reported yet today, so that the account can try the form.
    var isAccount: Bool
}

extension DemoReporter {
    static let cities = ["北京", "上海", "广州", "深圳", "杭州", "南京", "武汉", "成都", "西安", "长沙", "郑州", "合肥",
                         "苏州", "重庆", "天津", "济南", "福州", "南昌", "昆明", "沈阳"]

    /// The students of the demo, class by class, each with habits drawn from `rng`.
    static func all(of demo: DemoUniversity, firstDay: LocalDate, rng: inout DemoRandom) -> [DemoReporter] {
        let units = Dictionary(uniqueKeysWithValues: demo.gridUnits.map { ($0.id, $0) })
        func college(of id: GridUnit.ID?) -> GridUnit.ID? {
            var unit = id.flatMap { units[$0] }
            while let parent = unit?.parentID { unit = units[parent] }
            return unit?.id
        }
        let accounts = Set(demo.accounts.compactMap(\.personID))
        let timeZone = demo.school.timeZone
        return demo.people.filter { $0.person.kind == .student }.map { p in
            let chronic = rng.chance(0.01)
            // Consent given at the start of term, weeks or months before the first day of reports.
            let granted = DemoCalendar.instant(firstDay.adding(days: -rng.int(in: 7...200)),
                                               minutes: rng.int(in: 7 * 60...22 * 60), in: timeZone)
            return DemoReporter(personID: p.person.id, classID: p.person.classID, dormID: p.person.dormID,
                                gridPath: p.person.classID.flatMap { units[$0]?.path }, collegeID: college(of: p.person.classID),
                                consentGrantedAt: rng.chance(0.97) ? granted : nil, homeCity: rng.pick(cities),
                                missRate: chronic ? 0.45 : 0, lateRate: rng.chance(0.1) ? 0.2 : 0.035,
                                takesTemperature: rng.chance(0.7), isAccount: accounts.contains(p.person.id))
        }
    }
}
