import Foundation
import Testing
@testable import Spreadsheet

extension SpreadsheetTests {
    @Suite struct TableReading {
        @Test func zipContent_readsAsXLSXWhateverTheName() throws {
            let data = try XLSXWriter.write(header: ["姓名"], rows: [["张三"]])
            #expect(try TableReader.read(data, fileName: "名单.csv").rows[1][0].text == "张三")
        }

        @Test func textContent_readsAsCSV() throws {
            let table = try TableReader.read(Data("姓名\n张三\n".utf8), fileName: "名单.CSV")
            #expect(table.rows.map { $0.map(\.text) } == [["姓名"], ["张三"]])
        }

        @Test func legacyXLS_isRefusedWithAdvice() {
            let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504)
            let error = #expect(throws: SpreadsheetError.self) { try TableReader.read(Data(ole), fileName: "名单.xls") }
            #expect(error.map(isUnsupportedFormat) == true)
            #expect(error?.reason.contains(".xlsx") == true)
        }

        @Test func zipWithoutWorkbook_isRefusedAsNotExcel() throws {
            let ods = try ZipWriter.archive([("mimetype", Data("application/vnd.oasis.opendocument.spreadsheet".utf8)),
                                             ("content.xml", Data("<office:document-content/>".utf8))])
            let error = #expect(throws: SpreadsheetError.self) { try TableReader.read(ods, fileName: "名单.ods") }
            #expect(error.map(isUnsupportedFormat) == true)
        }

        @Test func htmlNamedXLS_isRefused() {
            let html = Data("<html><table><tr><td>张三</td></tr></table></html>".utf8)
            #expect(throws: SpreadsheetError.self) { try TableReader.read(html, fileName: "export.xls") }
        }

        @Test func xlsxNameWithoutZip_isUnreadable() {
            #expect(throws: SpreadsheetError.unreadable("The .xlsx file is damaged: it is not a zip archive.")) {
                try TableReader.read(Data("not a zip".utf8), fileName: "名单.xlsx")
            }
        }

        private func isUnsupportedFormat(_ error: SpreadsheetError) -> Bool {
            if case .unsupportedFormat = error { true } else { false }
        }
    }
}
