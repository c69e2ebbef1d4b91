/// A sheet's cells, row by row. Rows are ragged: each ends at its last non-empty cell, an empty row is `[]`,
/// and trailing empty rows are dropped. Row index + 1 is the spreadsheet's row number, so messages can
/// point people at the right line.
public struct Table: Equatable, Sendable {
    public var rows: [[Cell]]

    public init(rows: [[Cell]]) {
        self.rows = rows
    }

    /// The cell at zero-based `row` and `column`, or `.empty` outside the stored cells.
    public subscript(row row: Int, column column: Int) -> Cell {
        guard rows.indices.contains(row), rows[row].indices.contains(column) else { return .empty }
        return rows[row][column]
    }
}

extension Table {
    /// Builds a table in the canonical ragged shape whatever the source padded.
    init(trimming rawRows: [[Cell]]) {
        var rows = rawRows.map(Table.trimmedRow)
        while rows.last?.isEmpty == true { rows.removeLast() }
        self.init(rows: rows)
    }

    static func trimmedRow(_ row: [Cell]) -> [Cell] {
        var row = row
        while row.last?.isEmpty == true { row.removeLast() }
        return row
    }
}
