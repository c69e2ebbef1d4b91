@testable import QRCode
import Testing

/// Whole symbols compared module for module with an independent encoder (see Fixtures.swift).
@Suite struct KnownAnswerTests {
    @Test func hello_version1Medium() throws {
        let code = try QRCode("HELLO")
        #expect(code.size == 21)
        #expect(code.mask == .pattern2)
        #expect(picture(of: code) == Fixtures.helloMedium)
    }

    @Test(arguments: Mask.allCases)
    func hello_underEachMask(_ mask: Mask) throws {
        let code = try QRCode(Array("HELLO".utf8), correction: .medium, mask: mask)
        #expect(picture(of: code) == Fixtures.helloMediumByMask[mask.rawValue])
    }

    @Test func signInURL_medium_version8() throws {
        let code = try QRCode(Fixtures.signInURL)
        #expect(code.version.number == 8)
        #expect(picture(of: code) == Fixtures.signInMedium)
    }

    @Test func signInURL_high_version11() throws {
        let code = try QRCode(Fixtures.signInURL, correction: .high)
        #expect(code.version.number == 11)
        #expect(picture(of: code) == Fixtures.signInHigh)
    }

    @Test func reedSolomon_matchesThePublishedHelloWorldExample() {
        // "HELLO WORLD" at 1-M in alphanumeric mode, the worked example of thonky.com's QR tutorial.
        let data: [UInt8] = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17]
        #expect(ReedSolomon(degree: 10).remainder(of: data) == [196, 35, 39, 119, 235, 215, 231, 226, 93, 23])
    }

    /// One line per row, '#' dark and '.' light, as in the fixtures.
    private func picture(of code: QRCode) -> String {
        (0..<code.size).map { y in
            String((0..<code.size).map { x in code[x, y] ? "#" : "." })
        }.joined(separator: "\n")
    }
}
