import Foundation
import Spreadsheet
import Testing

extension SpreadsheetTests {
    @Suite struct Performance {
        @Test func twentyThousandRowSheet_readsInSeconds() throws {
            let header = (1...15).map { "列\($0)" }
            let rows = (0..<20_000).map { index in
                ["学生\(index)", "11010119900307\(String(format: "%04d", index % 10_000))", "138\(10_000_000 + index)",
                 "教育学部", "党支部\(index % 50)", "2015-11-06", "正式党员", "", "备注 \(index)", "a", "b", "c", "d",
                 "e", "f"]
            }
            let data = try XLSXWriter.write(header: header, rows: rows)
            let clock = ContinuousClock()
            var table = Table(rows: [])
            let elapsed = try clock.measure { table = try XLSXReader.read(data) }
            #expect(table.rows.count == 20_001)
            #expect(table[row: 20_000, column: 0].text == "学生19999")
            // Generous for debug builds on a shared two-core machine; release builds are far faster.
            #expect(elapsed < .seconds(15), "reading took \(elapsed)")
            print("20,000-row sheet (\(data.count) bytes) read in \(elapsed)")
        }
    }
}
