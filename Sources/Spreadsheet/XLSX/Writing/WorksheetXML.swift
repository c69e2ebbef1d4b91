/// Builds xl/worksheets/sheet1.xml: a frozen bold header row, columns sized to their content, and every
/// non-empty value as an inline string (never a number, so "0012" and 18-digit IDs survive). Without a
/// header, data starts on row 1.
enum WorksheetXML {
    static let dataStyle = 1
    static let headerStyle = 2

    static func build(header: [String], rows: [[String]]) -> String {
        var xml = XLSXParts.declaration
            + #"<worksheet xmlns="\#(XLSXParts.mainNamespace)" xmlns:r="\#(XLSXParts.relationshipNamespace)">"#
        if !header.isEmpty {
            xml += #"<sheetViews><sheetView workbookViewId="0">"#
                + #"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#
                + "</sheetView></sheetViews>"
        }
        xml += columns(ColumnWidths.measure([header] + rows))
        xml += "<sheetData>"
        let firstDataRow = header.isEmpty ? 1 : 2
        if !header.isEmpty { appendRow(header, number: 1, style: headerStyle, to: &xml) }
        for (index, row) in rows.enumerated() {
            appendRow(row, number: index + firstDataRow, style: dataStyle, to: &xml)
        }
        return xml + "</sheetData></worksheet>"
    }

    private static func columns(_ widths: [Double]) -> String {
        guard !widths.isEmpty else { return "" }
        let columns = widths.enumerated().map { index, width in
            #"<col min="\#(index + 1)" max="\#(index + 1)" width="\#(width)" customWidth="1"/>"#
        }
        return "<cols>" + columns.joined() + "</cols>"
    }

    private static func appendRow(_ values: [String], number: Int, style: Int, to xml: inout String) {
        xml += #"<row r="\#(number)">"#
        for (column, value) in values.enumerated() where !value.isEmpty {
            let reference = CellReference.letters(forColumn: column) + String(number)
            xml += #"<c r="\#(reference)" s="\#(style)" t="inlineStr"><is><t xml:space="preserve">"#
            xml += OOXMLText.escape(value)
            xml += "</t></is></c>"
        }
        xml += "</row>"
    }
}
