import Foundation
import Spreadsheet
import Testing

extension SpreadsheetTests {
    @Suite struct CSVReading {
        private let expected = [["姓名", "学号"], ["张三", "001"]]

        @Test func utf8WithBOM_stripsTheMark() throws {
            let data = Data([0xEF, 0xBB, 0xBF] + Array("姓名,学号\r\n张三,001\r\n".utf8))
            #expect(try texts(CSVReader.read(data)) == expected)
            #expect(try CSVReader.decode(data) == "姓名,学号\r\n张三,001\r\n")
        }

        @Test func utf8WithoutBOM_isRecognised() throws {
            #expect(try texts(CSVReader.read(Data("姓名,学号\n张三,001\n".utf8))) == expected)
        }

        @Test func gbkBytes_decodeAsGB18030() throws {
            // `printf '姓名,学号\n张三,001\n' | iconv -f UTF-8 -t GB18030`
            let gbk: [UInt8] = [0xD0, 0xD5, 0xC3, 0xFB, 0x2C, 0xD1, 0xA7, 0xBA, 0xC5, 0x0A,
                                0xD5, 0xC5, 0xC8, 0xFD, 0x2C, 0x30, 0x30, 0x31, 0x0A]
            #expect(try texts(CSVReader.read(Data(gbk))) == expected)
        }

        @Test func gb18030FourByteCharacters_decode() throws {
            // "㐀喆": U+3400 needs GB18030's four-byte form; 喆 is ordinary GBK.
            let bytes: [UInt8] = [0x81, 0x39, 0xEE, 0x39, 0x86, 0xB4]
            #expect(try CSVReader.decode(Data(bytes)) == "㐀喆")
        }

        @Test func utf16UnicodeText_isTabSeparated() throws {
            let text = "姓名\t学号\r\n张三\t001\r\n"
            let data = Data([0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            #expect(try texts(CSVReader.read(data)) == expected)
        }

        @Test func quotedFields_holdCommasQuotesAndLineBreaks() throws {
            let csv = "a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"line1\nline2\",\"\",x\r\n"
            let table = try CSVReader.read(Data(csv.utf8))
            #expect(texts(table) == [["a", "b,c", "say \"hi\""], ["line1\nline2", "", "x"]])
            #expect(table[row: 1, column: 1].kind == .empty)
            #expect(table[row: 0, column: 0].kind == .text)
        }

        @Test func lineEnds_CRLFLFAndCR_allEndRows() throws {
            let table = try CSVReader.read(Data("a\r\nb\nc\rd".utf8))
            #expect(texts(table) == [["a"], ["b"], ["c"], ["d"]])
        }

        @Test func emptyLines_keepRowNumbersButTrailingOnesAreDropped() throws {
            let table = try CSVReader.read(Data("h1,h2\n\n,\nx,\n\n\n".utf8))
            #expect(texts(table) == [["h1", "h2"], [], [], ["x"]])
        }

        @Test func numbersStayText_exactlyAsTyped() throws {
            let table = try CSVReader.read(Data("110101199003071234,0012,1.50\n".utf8))
            #expect(table.rows[0].allSatisfy { $0.kind == .text })
            #expect(texts(table) == [["110101199003071234", "0012", "1.50"]])
        }

        @Test func binaryData_isRefused() {
            #expect(throws: SpreadsheetError.self) { try CSVReader.read(Data([0x00, 0x9F, 0x92, 0x96, 0xFF])) }
        }

        @Test func emptyFile_readsAsEmptyTable() throws {
            #expect(try CSVReader.read(Data()).rows.isEmpty)
        }

        private func texts(_ table: Table) -> [[String]] {
            table.rows.map { $0.map(\.text) }
        }
    }
}
