@testable import QRCode
import Testing

@Suite struct EncodingTests {
    @Test func smallestVersionThatFits_isChosen() throws {
        // Version 1-M holds 14 bytes; one more needs version 2.
        #expect(try QRCode([UInt8](repeating: 0x61, count: 14)).size == 21)
        #expect(try QRCode([UInt8](repeating: 0x61, count: 15)).size == 25)
        #expect(try QRCode([], correction: .high).size == 21)
    }

    @Test(arguments: [
        (QRCode.Correction.low, 2953), (.medium, 2331), (.quartile, 1663), (.high, 1273),
    ])
    func version40_isTheLimit(correction: QRCode.Correction, capacity: Int) throws {
        let fits = try QRCode([UInt8](repeating: 0x41, count: capacity), correction: correction)
        #expect(fits.size == 177)
        #expect(throws: QRCode.Error.tooLong) {
            try QRCode([UInt8](repeating: 0x41, count: capacity + 1), correction: correction)
        }
    }

    @Test func byteCapacities_matchTheStandardsTable() {
        // ISO/IEC 18004 table 7, byte mode, for a sample of versions.
        let expected: [Int: [Int]] = [
            1: [17, 14, 11, 7], 2: [32, 26, 20, 14], 7: [154, 122, 86, 64],
            10: [271, 213, 151, 119], 27: [1465, 1125, 805, 625], 40: [2953, 2331, 1663, 1273],
        ]
        for (number, capacities) in expected {
            #expect(QRCode.Correction.allCases.map(Version(number).byteCapacity) == capacities, "version \(number)")
        }
    }

    @Test func alignmentCentres_matchTheStandardsTable() {
        #expect(Version(1).alignmentCentres == [])
        #expect(Version(2).alignmentCentres == [6, 18])
        #expect(Version(7).alignmentCentres == [6, 22, 38])
        #expect(Version(32).alignmentCentres == [6, 34, 60, 86, 112, 138])
        #expect(Version(36).alignmentCentres == [6, 24, 50, 76, 102, 128, 154])
        #expect(Version(40).alignmentCentres == [6, 30, 58, 86, 114, 142, 170])
    }

    @Test func everyVersion_hasRoomForExactlyItsCodewords() throws {
        // Placement traps if the codewords and the free modules disagree, so building the
        // largest symbol of each version exercises every version's layout.
        for version in Version.all {
            let bytes = [UInt8](repeating: 0xA5, count: version.byteCapacity(.quartile))
            let code = try QRCode(bytes, correction: .quartile, mask: .pattern0)
            #expect(code.version == version)
        }
    }

    @Test func text_isEncodedAsUTF8() throws {
        #expect(try QRCode("支部 ✓") == QRCode(Array("支部 ✓".utf8)))
    }

    @Test func outsideTheSymbol_isLight() throws {
        let code = try QRCode("HELLO")
        #expect(code[0, 0])  // finder corner
        #expect(!code[-1, 0] && !code[0, -1] && !code[code.size, 0] && !code[0, code.size])
    }

    @Test func codes_areSendable() throws {
        let code: any Sendable = try QRCode("HELLO")
        #expect(code is QRCode)
    }
}
