import Foundation
import Spreadsheet
import Testing

extension SpreadsheetTests {
    @Suite struct XLSXWriting {
        @Test func roundTrip_keepsChineseTextIDsAndPhonesAsText() throws {
            let header = ["姓名", "公民身份证号", "手机号码", "学号", "备注"]
            let rows = [
                ["张三", "11010119900307123X", "13812345678", "0012", "含 \"引号\" & <尖括号>"],
                ["李四", "110101199003071234", "+8613900001111", "", "第一行\n第二行\r\n第三行"],
            ]
            let data = try XLSXWriter.write(header: header, rows: rows, sheetName: "党员名单")
            let table = try XLSXReader.read(data)
            #expect(table.rows.count == 3)
            #expect(table.rows[0].map(\.text) == header)
            #expect(table.rows[1].map(\.text) == rows[0])
            #expect(table.rows[2].map(\.text) == rows[1])
            #expect(table.rows.joined().allSatisfy { $0.kind == .text || $0.kind == .empty })
            #expect(table[row: 2, column: 3].isEmpty)
        }

        @Test func controlCharactersAndEscapeLookalikes_surviveRoundTrip() throws {
            let awkward = ["tab\there", "bell\u{7}", "_x0041_ literal", "  padded  ", "emoji 👍🏽"]
            let table = try XLSXReader.read(try XLSXWriter.write(header: ["h"], rows: awkward.map { [$0] }))
            #expect(table.rows.dropFirst().map { $0[0].text } == awkward)
        }

        @Test func invalidSheetNames_areRepairedNotRejected() throws {
            let name = "'2024/2025 [上]:党员名单?*很长很长很长很长很长很长很长的名字'"
            let data = try XLSXWriter.write(header: ["a"], rows: [], sheetName: name)
            #expect(try XLSXReader.read(data).rows == [[Cell(kind: .text, text: "a")]])
        }

        @Test func noHeader_startsDataOnRowOne() throws {
            let data = try XLSXWriter.write(header: [], rows: [["x"]], sheetName: "")
            #expect(try XLSXReader.read(data).rows == [[Cell(kind: .text, text: "x")]])
        }

        @Test func emptyExport_isStillAWorkbook() throws {
            let data = try XLSXWriter.write(header: [], rows: [])
            #expect(data.starts(with: [0x50, 0x4B]))
            #expect(try XLSXReader.read(data).rows.isEmpty)
        }
    }
}
