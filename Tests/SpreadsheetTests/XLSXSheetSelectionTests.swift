import Foundation
import Testing
@testable import Spreadsheet

extension SpreadsheetTests {
    @Suite struct XLSXSheetSelection {
        @Test func firstVisibleSheet_followsWorkbookOrderNotFileNames() throws {
            let data = try workbook(sheets: [("下拉选项", "rId3", "hidden"), ("名单", "rId2", nil), ("其他", "rId1", nil)])
            #expect(try XLSXReader.read(data).rows[0][0].text == "sheet2")
        }

        @Test func allSheetsHidden_readsTheFirst() throws {
            let data = try workbook(sheets: [("a", "rId1", "hidden"), ("b", "rId2", "veryHidden")])
            #expect(try XLSXReader.read(data).rows[0][0].text == "sheet1")
        }

        @Test func prefixedElementsAndAbsoluteTargets_areUnderstood() throws {
            let main = TestWorkbook.main
            let parts: [(path: String, data: Data)] = [
                ("_rels/.rels", Data(rels("rId1", "officeDocument", "/xl/workbook.xml").utf8)),
                ("xl/workbook.xml", Data("""
                    <x:workbook xmlns:x="\(main)" xmlns:rel="\(TestWorkbook.relationships)">\
                    <x:sheets><x:sheet name="S" sheetId="1" rel:id="rId9"/></x:sheets></x:workbook>
                    """.utf8)),
                ("xl/_rels/workbook.xml.rels", Data(rels("rId9", "worksheet", "/xl/worksheets/data.xml").utf8)),
                ("xl/worksheets/data.xml", Data("""
                    <x:worksheet xmlns:x="\(main)"><x:sheetData><x:row r="1">\
                    <x:c r="B1" t="inlineStr"><x:is><x:t>ok</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>
                    """.utf8)),
            ]
            let table = try XLSXReader.read(try ZipWriter.archive(parts))
            #expect(table.rows == [[.empty, Cell(kind: .text, text: "ok")]])
        }

        private func workbook(sheets: [(name: String, id: String, state: String?)]) throws -> Data {
            let entries = sheets.map { sheet in
                "<sheet name=\"\(sheet.name)\" sheetId=\"1\" r:id=\"\(sheet.id)\""
                    + (sheet.state.map { " state=\"\($0)\"" } ?? "") + "/>"
            }
            var parts: [(path: String, data: Data)] = [
                ("_rels/.rels", Data(rels("rId1", "officeDocument", "xl/workbook.xml").utf8)),
                ("xl/workbook.xml", Data("""
                    <workbook xmlns="\(TestWorkbook.main)" xmlns:r="\(TestWorkbook.relationships)">\
                    <sheets>\(entries.joined())</sheets></workbook>
                    """.utf8)),
            ]
            var links = ""
            for number in 1...3 {
                links += link("rId\(number)", "worksheet", "worksheets/sheet\(number).xml")
                parts.append(("xl/worksheets/sheet\(number).xml", Data("""
                    <worksheet xmlns="\(TestWorkbook.main)"><sheetData><row r="1">\
                    <c r="A1" t="inlineStr"><is><t>sheet\(number)</t></is></c></row></sheetData></worksheet>
                    """.utf8)))
            }
            parts.append(("xl/_rels/workbook.xml.rels", Data(relationships(links).utf8)))
            return try ZipWriter.archive(parts)
        }

        private func rels(_ id: String, _ type: String, _ target: String) -> String {
            relationships(link(id, type, target))
        }

        private func relationships(_ links: String) -> String {
            let namespace = "http://schemas.openxmlformats.org/package/2006/relationships"
            return "<Relationships xmlns=\"\(namespace)\">\(links)</Relationships>"
        }

        private func link(_ id: String, _ type: String, _ target: String) -> String {
            "<Relationship Id=\"\(id)\" Type=\"\(TestWorkbook.relationships)/\(type)\" Target=\"\(target)\"/>"
        }
    }
}
