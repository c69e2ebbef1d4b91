import Domain
import Foundation
@testable import Web

/// The people and places of the first test school that the report page tests work with, read from the demo
/// generator (never assumed): student1, counselor1's classes, a class out of their reach, monitor1's class.
enum ReportPagesWorld {
    static let world = TestWorld.first

    static var student: Person { TestWorld.person(of: "student1") }

    static var counselorClasses: [GridUnit] {
        let ids = Set(world.account("counselor1")!.assignments.compactMap(\.gridUnitID))
        return world.gridUnits.filter { ids.contains($0.id) }
    }

    /// A class of the same school that none of counselor1's assignments reaches.
    static var classOutOfReach: GridUnit {
        let reach = counselorClasses.map(\.path)
        return world.gridUnits.first { unit in unit.kind == .schoolClass && !reach.contains { $0.contains(unit.path) } }!
    }

    static var monitorClass: GridUnit {
        let id = world.account("monitor1")!.assignments[0].gridUnitID!
        return world.gridUnits.first { $0.id == id }!
    }

    /// 08:00 on the day after the seeded reports' last day: before the cut-off, and nobody has reported yet.
    static let morning = MeetingWorld.instant("2026-11-19T08:00")

    /// What a browser would post from the form holding the `submission` field: hidden and text inputs with their
    /// values, and the checked radios.
    static func reportFields(in html: String) -> [String: String] {
        guard let start = html.range(of: "name=\"submission\"") else { return [:] }
        let formStart = html[..<start.lowerBound].range(of: "<form", options: .backwards)?.lowerBound ?? start.lowerBound
        let form = html[formStart...]
        var rest = form.range(of: "</form>").map { form[..<$0.lowerBound] } ?? form
        var fields: [String: String] = [:]
        while let open = rest.range(of: "<input") {
            let tagEnd = rest[open.upperBound...].firstIndex(of: ">") ?? rest.endIndex
            let tag = String(rest[open.lowerBound..<tagEnd])
            rest = rest[tagEnd...]
            guard let name = attribute("name", in: tag), name != "_csrf" else { continue }
            if attribute("type", in: tag) == "radio" && !tag.contains(" checked") { continue }
            fields[name] = attribute("value", in: tag) ?? ""
        }
        return fields
    }

    private static func attribute(_ name: String, in tag: String) -> String? {
        guard let range = tag.range(of: " \(name)=\"") else { return nil }
        let rest = tag[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
            .map { $0.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&") }
    }
}
