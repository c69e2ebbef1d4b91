import Foundation
import Spreadsheet
import Testing

extension SpreadsheetTests {
    /// The real roster template a university hands out: /work/shared/fixtures/rosters/.
    @Suite struct RosterFixture {
        let table: Table

        init() throws {
            table = try TableReader.read(try Fixtures.data("rosters/party-members-in-school.xlsx"),
                                         fileName: "party-members-in-school.xlsx")
        }

        @Test func header_holdsRosterColumnsInOrder() {
            let header = table.rows[0].map(\.text)
            #expect(header.count == 19)
            #expect(Array(header.prefix(3)) == ["学工号", "姓名", "所在分党委编码"])
            for name in ["学工号", "姓名", "所在党支部", "入党时间", "转正时间", "入党介绍人", "党内职务"] {
                #expect(header.contains(name), "missing \(name)")
            }
            #expect(header[12] == "入党时间")
            #expect(table.rows[0].allSatisfy { $0.kind == .text })
        }

        @Test func textFormattedCodes_keepLeadingZeros() {
            #expect(table[row: 1, column: 2] == Cell(kind: .text, text: "020100"))
            #expect(table[row: 1, column: 4] == Cell(kind: .text, text: "020100080"))
        }

        @Test func numericStaffNumber_readsWithoutExponent() {
            // 学工号 in this template is a General-format number, not text.
            let number = table[row: 1, column: 0]
            #expect(number.kind == .number)
            #expect(number.text == "11312018275")
            #expect(number.number == 11_312_018_275)
        }

        @Test func dateCells_readAsISODates() {
            let applied = table[row: 1, column: 8]
            #expect(applied == Cell(kind: .date, text: "2015-11-06", number: 42_314))
            #expect(table[row: 1, column: 9].text == "2016-04-10")
            #expect(table[row: 1, column: 10].text == "2017-04-14")
            #expect(table[row: 1, column: 12].text == "2017-06-09")
            #expect(table[row: 1, column: 14].text == "2018-06-09")
        }

        @Test func styledEmptyCells_readAsEmptyAndEndTheRow() {
            #expect(table[row: 1, column: 7].isEmpty)
            #expect(table[row: 1, column: 11].isEmpty)
            #expect(table.rows[1].count == 15)
            #expect(table.rows[1][1].text == "张三")
            #expect(table.rows[1][6].text == "正式党员")
        }

        @Test func emptyRows_keepRowNumbersAndTrailingOnesAreDropped() {
            #expect(table.rows.count == 7)
            #expect(table.rows[2...5].allSatisfy { $0.isEmpty })
            let notice = table[row: 6, column: 2]
            #expect(notice.text.hasPrefix("填写注意事项：\n\n1、本表仅提供给校内人员"))
            #expect(notice.text.contains("3、标红字段必须填写完整，其中学工号必须与人事系统或学生系统的保持一致。"))
        }
    }
}
