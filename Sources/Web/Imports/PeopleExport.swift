import Domain
import Foundation
import Persistence
import Spreadsheet
import Vapor

/// A people list written as a roster file; shared by the download and `zhibu export`.
struct PeopleExport: Sendable {
    enum Format: String, Sendable, CaseIterable {
        case xlsx, csv

        var mediaType: HTTPMediaType {
            switch self {
            case .xlsx: HTTPMediaType(type: "application", subType: "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            case .csv: HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
            }
        }
    }

    var data: Data
    var rowCount: Int
    var layout: RosterKind
    var format: Format

    static func make(_ filter: PeopleStore.Filter, layout: RosterKind?, format: Format, actor: Actor, stores: Stores,
                     locale: Message.Locale) async throws -> PeopleExport {
        let people = try await stores.people.all(filter, scope: actor.scope)
        let kind = layout ?? guessLayout(people, filter: filter)
        let places = try await PlaceNames.load(for: people, grid: kind == .students, stores: stores, scope: actor.scope)
        let rows = people.map { person in
            RosterExport.row(person, organizationName: person.organizationID.flatMap { places.organizations[$0] },
                             className: places.name(person.classID), collegeName: places.ancestor(of: person.classID, kind: .college),
                             majorName: places.ancestor(of: person.classID, kind: .major), dormName: places.name(person.dormID),
                             for: kind, locale: locale)
        }
        let header = RosterExport.header(for: kind, locale: locale)
        let data = switch format {
        case .xlsx: try XLSXWriter.write(header: header, rows: rows, sheetName: kind == .members ? "党员" : "学生")
        case .csv: CSVWriter.write(header: header, rows: rows)
        }
        return PeopleExport(data: data, rowCount: people.count, layout: kind, format: format)
    }

    /// The member roster when the list asks for members or mostly holds them; the class roster otherwise.
    static func guessLayout(_ people: [Person], filter: PeopleStore.Filter) -> RosterKind {
        if let status = filter.politicalStatus { return status.isPartyMember ? .members : .students }
        let members = people.count(where: \.politicalStatus.isPartyMember)
        return members * 2 > people.count ? .members : .students
    }

    /// The audit event of this export, in a transaction of its own: the file is only handed out once it is logged.
    func record(target: String, actor: Actor, address: String, now: Date, stores: Stores) async throws {
        let event = AuditEvent(schoolID: actor.schoolID, at: now, actorLogin: actor.login, action: .listExported,
                               target: target, address: address,
                               detail: "rows:\(rowCount);format:\(format.rawValue);layout:\(layout.rawValue)")
        let audit = stores.audit
        try await audit.record(event, on: stores.database)
    }
}

/// The names of the places an export mentions. Place names are no personal data (cf. `names(of:)`), so the grid
/// is read school-wide: a counsellor's class roster still names the college and major above their classes.
struct PlaceNames: Sendable {
    var organizations: [Organization.ID: String]
    var units: [GridUnit.ID: GridUnit]

    static func load(for people: [Person], grid: Bool, stores: Stores, scope: Scope) async throws -> PlaceNames {
        let organizations = try await stores.organizations.names(of: Set(people.compactMap(\.organizationID)))
        guard grid else { return PlaceNames(organizations: organizations, units: [:]) }
        let schoolWide = Scope(schools: scope.schools, grants: [.everything])
        let units = try await stores.grid.list(scope: schoolWide)
        return PlaceNames(organizations: organizations,
                          units: Dictionary(units.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }))
    }

    func name(_ id: GridUnit.ID?) -> String? { id.flatMap { units[$0]?.name } }

    /// The nearest unit of `kind` above the given one (a class's major, or its college).
    func ancestor(of id: GridUnit.ID?, kind: GridUnit.Kind) -> String? {
        var next = id.flatMap { units[$0]?.parentID }
        for _ in 0..<8 {
            guard let current = next, let unit = units[current] else { return nil }
            if unit.kind == kind { return unit.name }
            next = unit.parentID
        }
        return nil
    }
}
