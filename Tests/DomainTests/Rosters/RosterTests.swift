@testable import Domain
import Foundation
import Tagged
import Testing

/// The roster suites share one root, as STYLE.md §4.9 asks; each file adds one nested suite.
@Suite struct RosterTests {}

/// The fixture's header row, as read from party-members-in-school.xlsx (xl/sharedStrings.xml, row 1, A–S).
enum RosterFixture {
    static let header = [
        "学工号", "姓名", "所在分党委编码", "所在分党委", "所在党支部编码", "所在党支部", "党籍状态（正式党员或预备党员）",
        "组织关系转入时间", "提交书面申请书时间", "确定为入党积极分子时间", "确定为发展对象时间", "入党介绍人", "入党时间",
        "入党时所在党支部", "转正时间", "转正时所在党支部", "党内职务", "党内奖励", "其他奖励",
    ]

    /// Its sample row: 学工号 stored as a number, codes as text, dates as serials with a date format.
    static let sampleRow: [RosterCell] = [
        RosterCell(text: "11312018275", isNumber: true), RosterCell(text: "张三"), RosterCell(text: "020100"),
        RosterCell(text: "中共xxxx大学教育学部委员会"), RosterCell(text: "020100080"), RosterCell(text: "教育学部高精尖党支部"),
        RosterCell(text: "正式党员"), RosterCell(text: ""), RosterCell(text: "42314", isNumber: true),
        RosterCell(text: "42470", isNumber: true), RosterCell(text: "42839", isNumber: true), RosterCell(text: ""),
        RosterCell(text: "42895", isNumber: true), RosterCell(text: ""), RosterCell(text: "43260", isNumber: true),
    ]
}

/// A small school: two committees with a same-named 第一党支部 each, a retirees' branch, and a grid with
/// a class name (2301班) used by two colleges.
enum RosterMock {
    static func id(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", n))! }
    static let school = School.ID(id(999))

    static func org(_ n: Int, _ name: String, _ kind: Organization.Kind, parent: Int? = nil,
                    category: Organization.Category? = nil) -> Organization {
        Organization(id: .init(id(n)), schoolID: school, parentID: parent.map { .init(id($0)) }, kind: kind,
                     category: category, name: name, path: TreePath(rawValue: "/\(n)/"))
    }

    static func unit(_ n: Int, _ name: String, _ kind: GridUnit.Kind, parent: Int? = nil) -> GridUnit {
        GridUnit(id: .init(id(n)), schoolID: school, parentID: parent.map { .init(id($0)) }, kind: kind,
                 name: name, path: TreePath(rawValue: "/\(n)/"))
    }

    static let organizations = [
        org(1, "教育学部委员会", .committee), org(2, "教育学部高精尖党支部", .branch, parent: 1),
        org(3, "计算机学院党委", .committee), org(4, "第一党支部", .branch, parent: 3),
        org(5, "软件学院党委", .committee), org(6, "第一党支部", .branch, parent: 5),
        org(7, "离退休第一党支部", .branch, parent: 1, category: .retired),
    ]

    static let gridUnits = [
        unit(11, "软件学院", .college), unit(12, "软件工程", .major, parent: 11),
        unit(13, "软件2301班", .schoolClass, parent: 12), unit(14, "7-301", .dorm, parent: 13),
        unit(15, "2301班", .schoolClass, parent: 12),
        unit(21, "计算机学院", .college), unit(22, "计算机科学", .major, parent: 21),
        unit(23, "2301班", .schoolClass, parent: 22),
    ]

    static let places = RosterPlaces(organizations: organizations, gridUnits: gridUnits)

    static func orgID(_ n: Int) -> Organization.ID { .init(id(n)) }
    static func unitID(_ n: Int) -> GridUnit.ID { .init(id(n)) }
}

/// Builds a header-and-row pair from `header: value` pairs, so each test shows only the columns it is about.
struct RosterSheet {
    var headers: [String]
    var values: [RosterCell]

    init(_ pairs: KeyValuePairs<String, String>) {
        headers = pairs.map(\.key)
        values = pairs.map { RosterCell(text: $0.value) }
    }

    func setting(_ header: String, _ cell: RosterCell) -> RosterSheet {
        var sheet = self
        if let index = headers.firstIndex(of: header) { sheet.values[index] = cell } else {
            sheet.headers.append(header); sheet.values.append(cell)
        }
        return sheet
    }

    func map(_ kind: RosterKind = .members, rowNumber: Int = 2) throws(RosterRowError) -> RosterRow {
        let layout = try! RosterLayout.locate(in: [headers.map { RosterCell(text: $0) }])
        return try RosterMapper.map(values, rowNumber: rowNumber, layout: layout, kind: kind, places: RosterMock.places)
    }

    /// The refusal of this row, or a recorded failure when it was accepted.
    func error(_ kind: RosterKind = .members) -> RosterRowError? {
        do {
            let row = try map(kind)
            Issue.record("expected a refusal, got \(row.draft)")
            return nil
        } catch {
            return error
        }
    }
}
