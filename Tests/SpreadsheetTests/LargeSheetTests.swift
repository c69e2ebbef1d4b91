import Foundation
import Spreadsheet
import Testing

extension SpreadsheetTests {
    /// A roster the size of a school reads whole and in order. Its speed is a benchmark's business
    /// (docs/benchmarks.md), not a unit test's.
    @Suite struct LargeSheet {
        @Test func twentyThousandRowSheet_readsWhole() throws {
            // setup
            let header = (1...15).map { "列\($0)" }
            let rows = (0..<20_000).map { index in
                ["学生\(index)", "11010119900307\(String(format: "%04d", index % 10_000))", "138\(10_000_000 + index)",
                 "教育学部", "党支部\(index % 50)", "2015-11-06", "正式党员", "", "备注 \(index)", "a", "b", "c", "d",
                 "e", "f"]
            }
            let data = try XLSXWriter.write(header: header, rows: rows)
            // MUT
            let table = try XLSXReader.read(data)
            // validate
            #expect(table.rows.count == 20_001)
            #expect(table[row: 20_000, column: 0].text == "学生19999")
            #expect(table[row: 20_000, column: 1].kind == .text, "IDs stay text cells")
        }
    }
}
