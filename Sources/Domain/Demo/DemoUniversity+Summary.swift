/// A few lines of counts, printed by the `demo` command and read by people checking a seed.
extension DemoUniversity {
    public var summary: String {
        [
            "\(school.name) (\(school.code))",
            "organizations \(organizations.count): " + Self.tally(organizations.map(\.kind)),
            "branches by category: " + Self.tally(organizations.filter { $0.kind == .branch }.compactMap(\.category)),
            "grid units \(gridUnits.count): " + Self.tally(gridUnits.map(\.kind)),
            "people \(people.count): " + Self.tally(people.map(\.person.kind)),
            "political status: " + Self.tally(people.map(\.person.politicalStatus)),
            "party track (applicant or later): \(people.filter { $0.person.stages.latestStage != nil }.count)",
            "departments \(departments.count), ticket categories \(ticketCategories.count)",
            "accounts: " + accounts.map(\.login).joined(separator: ", "),
        ].joined(separator: "\n")
    }

    /// "branch 60, group 101", in the order the type declares its cases, leaving out zeros.
    private static func tally<T: CaseIterable & Hashable & RawRepresentable>(_ values: [T]) -> String
    where T.RawValue == String {
        var counts: [T: Int] = [:]
        for value in values { counts[value, default: 0] += 1 }
        return T.allCases.compactMap { kind in counts[kind].map { "\(kind.rawValue) \($0)" } }.joined(separator: ", ")
    }
}
