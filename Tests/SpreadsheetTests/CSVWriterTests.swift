import Foundation
import Spreadsheet
import Testing

extension SpreadsheetTests {
    @Suite struct CSVWriting {
        @Test func output_startsWithBOMAndEndsLinesWithCRLF() {
            let data = CSVWriter.write(header: ["姓名", "手机"], rows: [["张三", "13812345678"]])
            #expect(data.starts(with: [0xEF, 0xBB, 0xBF]))
            #expect(String(decoding: data.dropFirst(3), as: UTF8.self) == "姓名,手机\r\n张三,13812345678\r\n")
        }

        @Test func fieldsWithDelimitersQuotesOrBreaks_areQuoted() {
            let data = CSVWriter.write(header: ["a"], rows: [["x,y", "say \"hi\"", "l1\nl2", "cr\rx", "plain"]])
            let text = String(decoding: data.dropFirst(3), as: UTF8.self)
            #expect(text == "a\r\n\"x,y\",\"say \"\"hi\"\"\",\"l1\nl2\",\"cr\rx\",plain\r\n")
        }

        @Test func formulaLikeCells_areDefused() {
            let values = ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "-", "=1,2"]
            let text = String(decoding: CSVWriter.write(header: [], rows: [values]).dropFirst(3), as: UTF8.self)
            #expect(text == "\"'=HYPERLINK(\"\"http://x\"\")\",'+1+1,'-2+3,'@SUM(A1),'\tTAB,'-,\"'=1,2\"\r\n")
        }

        @Test func plainNumbers_areNotDefused() {
            let values = ["-3", "+8613812345678", "-0.5", "12"]
            let text = String(decoding: CSVWriter.write(header: [], rows: [values]).dropFirst(3), as: UTF8.self)
            #expect(text == "-3,+8613812345678,-0.5,12\r\n")
        }

        @Test func writtenCSV_readsBackUnchanged() throws {
            let rows = [["张三", "110101199003071234", "a,\"b\"\nc"], ["", "x", ""]]
            let table = try CSVReader.read(CSVWriter.write(header: ["姓名", "身份证号", "备注"], rows: rows))
            #expect(table.rows.map { $0.map(\.text) } == [["姓名", "身份证号", "备注"], rows[0], ["", "x"]])
        }
    }
}
