/// Where each field sits in a roster: which row holds the headers and which column holds what.
public struct RosterLayout: Equatable, Sendable {
    /// 0-based index into the rows; data starts on the next row.
    public var headerRowIndex: Int
    /// Field → 0-based column index.
    public var columns: [RosterField: Int]
    /// Header texts we do not read (入党介绍人, 党内奖励 …), reported to the user, never silently dropped.
    /// A second column for a field already placed is listed here too: only the first one is read.
    public var unrecognisedHeaders: [String]

    public init(headerRowIndex: Int, columns: [RosterField: Int], unrecognisedHeaders: [String] = []) {
        self.headerRowIndex = headerRowIndex
        self.columns = columns
        self.unrecognisedHeaders = unrecognisedHeaders
    }

    /// How far down official templates put their header row (some have 4 title rows first).
    public static let searchDepth = 10

    /// Finds the header row among the first 10 rows: the first row where at least 2 fields are recognised and
    /// 姓名 is one of them. Refuses a sheet without one, and a sheet with neither 学工号 nor 身份证号, since
    /// its rows could not be matched with the people already known.
    public static func locate(in rows: [[RosterCell]]) throws -> RosterLayout {
        for (index, row) in rows.prefix(searchDepth).enumerated() {
            let layout = read(row, at: index)
            guard layout.columns.count >= 2, layout.columns[.name] != nil else { continue }
            guard layout.columns[.number] != nil || layout.columns[.idNumber] != nil else {
                throw DomainError.invalid(field: RosterField.number.rawValue, message: Message(
                    zh: "表头中须有“学工号”（或“学号”）列或“身份证号”列，否则无法与已有人员对应",
                    en: "The header needs a Number column or an ID number column; without one, rows cannot be matched with existing people"))
            }
            return layout
        }
        throw DomainError.invalid(field: nil, message: Message(
            zh: "前\(searchDepth)行中找不到表头行：表头须包含“姓名”及至少一个其他可识别的列（如“学工号”）",
            en: "No header row in the first \(searchDepth) rows: it must contain Name and at least one other known column (such as Number)"))
    }

    /// Reads one row as if it were the header row.
    static func read(_ row: [RosterCell], at index: Int) -> RosterLayout {
        var columns: [RosterField: Int] = [:]
        var unrecognised: [String] = []
        for (column, cell) in row.enumerated() {
            let header = cell.trimmed
            guard !header.isEmpty else { continue }
            if let field = RosterHeader.field(for: header), columns[field] == nil {
                columns[field] = column
            } else {
                unrecognised.append(header)
            }
        }
        return RosterLayout(headerRowIndex: index, columns: columns, unrecognisedHeaders: unrecognised)
    }
}
