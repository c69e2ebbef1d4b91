import Foundation
import Spreadsheet
import Testing

extension SpreadsheetTests {
    @Suite struct XLSXReading {
        @Test func sharedStrings_joinRichTextRunsAndSkipPhoneticGuides() throws {
            let strings = [
                "<si><t>张三</t></si>",
                "<si><r><t xml:space=\"preserve\">党员 </t></r><r><rPr><b/></rPr><t>名单</t></r></si>",
                "<si><t>李四</t><rPh sb=\"0\" eb=\"2\"><t>lǐ sì</t></rPh></si>",
                "<si><t xml:space=\"preserve\">  留空  </t></si>",
            ]
            let data = try TestWorkbook.make(sheetData: """
                <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>\
                <c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>
                """, sharedStrings: strings)
            let texts = try XLSXReader.read(data).rows[0].map(\.text)
            #expect(texts == ["张三", "党员 名单", "李四", "  留空  "])
        }

        @Test func missingCellsAndRows_arePlacedByReference() throws {
            let data = try TestWorkbook.make(sheetData: """
                <row r="2"><c r="C2" t="inlineStr"><is><t>C</t></is></c><c r="AA2"><v>7</v></c></row>
                <row r="5"><c r="B5" t="inlineStr"><is><t>B</t></is></c></row>
                """)
            let table = try XLSXReader.read(data)
            #expect(table.rows.count == 5)
            #expect(table.rows[0].isEmpty && table.rows[2].isEmpty && table.rows[3].isEmpty)
            #expect(table.rows[1].count == 27)
            #expect(table[row: 1, column: 2].text == "C")
            #expect(table[row: 1, column: 26] == Cell(kind: .number, text: "7", number: 7))
            #expect(table.rows[4] == [.empty, Cell(kind: .text, text: "B")])
        }

        @Test func cellsWithoutReferences_followTheirNeighbours() throws {
            let data = try TestWorkbook.make(sheetData: """
                <row><c t="inlineStr"><is><t>a</t></is></c><c t="inlineStr"><is><t>b</t></is></c></row>
                <row><c r="B2" t="inlineStr"><is><t>c</t></is></c></row>
                """)
            let table = try XLSXReader.read(data)
            #expect(table.rows.map { $0.map(\.text) } == [["a", "b"], ["", "c"]])
        }

        @Test func cellTypes_mapToKindsAndReadableText() throws {
            let data = try TestWorkbook.make(sheetData: """
                <row r="1"><c r="A1" t="str"><f>A2&amp;"x"</f><v>1x</v></c><c r="B1" t="b"><v>1</v></c>\
                <c r="C1" t="b"><v>0</v></c><c r="D1" t="e"><v>#N/A</v></c><c r="E1" t="n"><v>2.5</v></c>\
                <c r="F1"><f>1/0</f></c><c r="G1" t="d"><v>2015-11-06T00:00:00</v></c></row>
                """)
            let row = try XLSXReader.read(data).rows[0]
            #expect(row[0] == Cell(kind: .text, text: "1x"))
            #expect(row[1] == Cell(kind: .boolean, text: "TRUE"))
            #expect(row[2] == Cell(kind: .boolean, text: "FALSE"))
            #expect(row[3] == Cell(kind: .text, text: "#N/A"))
            #expect(row[4] == Cell(kind: .number, text: "2.5", number: 2.5))
            #expect(row[5].isEmpty)
            #expect(row[6] == Cell(kind: .date, text: "2015-11-06"))
        }

        @Test func numbers_readWithoutExponentOrTrailingZero() throws {
            let values = ["13812345678", "1.10101199003071E+17", "0.30000000000000004", "-3", "1E-3", "100"]
            let cells = values.enumerated().map { "<c r=\"\(columnLetter($0.offset))1\"><v>\($0.element)</v></c>" }
            let data = try TestWorkbook.make(sheetData: "<row r=\"1\">\(cells.joined())</row>")
            let row = try XLSXReader.read(data).rows[0]
            #expect(row.map(\.text) == ["13812345678", "110101199003071000", "0.3", "-3", "0.001", "100"])
            #expect(row.allSatisfy { $0.kind == .number })
            // Callers spot an ID that Excel already rounded: a number with more than 15 digits.
            #expect(row[1].number == 1.10101199003071e17)
        }

        @Test func date1904System_countsFrom1904() throws {
            let data = try TestWorkbook.make(
                sheetData: "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>40852</v></c><c r=\"B1\" s=\"1\"><v>0</v></c></row>",
                styles: TestWorkbook.styles(numberFormatID: 14), workbookPr: "<workbookPr date1904=\"1\"/>")
            let row = try XLSXReader.read(data).rows[0]
            #expect(row[0] == Cell(kind: .date, text: "2015-11-06", number: 40_852))
            #expect(row[1].text == "1904-01-01")
        }

        @Test func date1900System_keepsPhantomLeapDayAndTimes() throws {
            let serials = ["59", "60", "61", "42314.5", "0.75"]
            let cells = serials.enumerated().map {
                "<c r=\"\(columnLetter($0.offset))1\" s=\"1\"><v>\($0.element)</v></c>"
            }
            let data = try TestWorkbook.make(sheetData: "<row r=\"1\">\(cells.joined())</row>",
                                             styles: TestWorkbook.styles(numberFormatID: 22))
            let texts = try XLSXReader.read(data).rows[0].map(\.text)
            #expect(texts == ["1900-02-28", "1900-02-29", "1900-03-01", "2015-11-06 12:00:00", "18:00:00"])
        }

        @Test(arguments: ["yyyy/m/d", "yyyy\"年\"m\"月\"d\"日\"", "[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy",
                          "[DBNum1][$-804]yyyy\"年\"m\"月\";@", "m/d/yy h:mm"])
        func customDateFormats_readAsDates(code: String) throws {
            let data = try TestWorkbook.make(sheetData: "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>42314</v></c></row>",
                                             styles: TestWorkbook.styles(numberFormatID: 164, customCode: code))
            #expect(try XLSXReader.read(data).rows[0][0] == Cell(kind: .date, text: "2015-11-06", number: 42_314))
        }

        @Test(arguments: ["0.00", "#,##0\"天\"", "[Red]0;[Blue]-0", "0.0%", "@"])
        func customNumberFormats_stayNumbers(code: String) throws {
            let data = try TestWorkbook.make(sheetData: "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>42314</v></c></row>",
                                             styles: TestWorkbook.styles(numberFormatID: 164, customCode: code))
            #expect(try XLSXReader.read(data).rows[0][0] == Cell(kind: .number, text: "42314", number: 42_314))
        }

        @Test func cjkBuiltInDateFormat_readsAsDate() throws {
            let data = try TestWorkbook.make(sheetData: "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>42314</v></c></row>",
                                             styles: TestWorkbook.styles(numberFormatID: 31))
            #expect(try XLSXReader.read(data).rows[0][0].text == "2015-11-06")
        }

        @Test func controlCharacterEscapes_areDecoded() throws {
            let data = try TestWorkbook.make(
                sheetData: "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>",
                sharedStrings: ["<si><t>a_x000D_b_x005F_x0041_</t></si>"])
            #expect(try XLSXReader.read(data).rows[0][0].text == "a\rb_x0041_")
        }

        @Test func damagedFiles_throwUnreadable() throws {
            #expect(throws: SpreadsheetError.self) { try XLSXReader.read(Data("PK\u{3}\u{4}garbage".utf8)) }
            let badIndex = try TestWorkbook.make(sheetData: "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>3</v></c></row>",
                                                 sharedStrings: ["<si><t>x</t></si>"])
            #expect(throws: SpreadsheetError.self) { try XLSXReader.read(badIndex) }
            let badXML = try TestWorkbook.make(sheetData: "<row r=\"1\"><c r=\"A1\"><v>1</c></row>")
            #expect(throws: SpreadsheetError.self) { try XLSXReader.read(badXML) }
        }

        private func columnLetter(_ index: Int) -> String {
            String(UnicodeScalar(UInt8(ascii: "A") + UInt8(index)))
        }
    }
}
