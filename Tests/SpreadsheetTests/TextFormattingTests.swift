import Testing
@testable import Spreadsheet

extension SpreadsheetTests {
    /// The pure helpers behind cell text: number formatting, date serials, format codes, references.
    @Suite struct TextFormatting {
        @Test(arguments: [
            (13_812_345_678, "13812345678"), (1.10101199003071e17, "110101199003071000"), (0.1 + 0.2, "0.3"),
            (-3, "-3"), (1e-7, "0.0000001"), (-1234.5, "-1234.5"), (1e15, "1000000000000000"),
            (123_456_789.123, "123456789.123"), (-0.0, "0"), (2.5e-5, "0.000025"),
        ])
        func numberText_hasNoExponent(value: Double, expected: String) {
            #expect(NumberText.format(value) == expected)
        }

        @Test(arguments: [
            (1.0, false, "1900-01-01"), (59, false, "1900-02-28"), (60, false, "1900-02-29"), (61, false, "1900-03-01"),
            (42_314, false, "2015-11-06"), (2_958_465, false, "9999-12-31"), (0, true, "1904-01-01"),
            (40_852, true, "2015-11-06"), (42_314.999_999, false, "2015-11-07"), (0.5, false, "12:00:00"),
            (43_831.25, false, "2020-01-01 06:00:00"),
        ])
        func excelDate_convertsSerials(serial: Double, usesDate1904: Bool, expected: String) {
            #expect(ExcelDate.isoText(serial: serial, usesDate1904: usesDate1904) == expected)
        }

        @Test func excelDate_refusesImpossibleSerials() {
            #expect(ExcelDate.isoText(serial: -1, usesDate1904: false) == nil)
            #expect(ExcelDate.isoText(serial: 0, usesDate1904: false) == nil)
            #expect(ExcelDate.isoText(serial: 3_000_000, usesDate1904: false) == nil)
        }

        @Test func dateFormat_ignoresQuotedAndBracketedLetters() {
            #expect(DateFormat.isDate(formatCode: "yyyy-mm-dd"))
            #expect(DateFormat.isDate(formatCode: "h:mm:ss AM/PM"))
            #expect(!DateFormat.isDate(formatCode: "General"))
            #expect(!DateFormat.isDate(formatCode: "0.00\"days\""))
            #expect(!DateFormat.isDate(formatCode: "[$-804]#,##0.00;[Red]-#,##0.00"))
            #expect(!DateFormat.isDate(formatCode: "#,##0_);\\(#,##0\\)"))
        }

        @Test func cellReference_convertsLettersBothWays() {
            #expect(CellReference.columnIndex(of: "A1") == 0)
            #expect(CellReference.columnIndex(of: "AA10") == 26)
            #expect(CellReference.columnIndex(of: "$XFD$1") == 16_383)
            #expect(CellReference.columnIndex(of: "12") == nil)
            let roundTrips = (0..<1_000).allSatisfy { column in
                CellReference.columnIndex(of: CellReference.letters(forColumn: column)) == column
            }
            #expect(roundTrips)
        }
    }
}
