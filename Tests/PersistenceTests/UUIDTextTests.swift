import Foundation
import Testing
@testable import Persistence

/// The hand-written UUID parser reads what Foundation writes, in either case, and refuses what it would refuse.
@Suite struct UUIDTextTests {
    @Test func parsesWhatFoundationWrites_inEitherCase() {
        for _ in 0..<200 {
            let id = UUID()
            #expect(UUIDText.parse(id.uuidString) == id)
            #expect(UUIDText.parse(id.uuidString.lowercased()) == id)
        }
    }

    @Test func writesWhatFoundationWrites() {
        for _ in 0..<200 {
            let id = UUID()
            #expect(UUIDText.upper(id) == id.uuidString)
        }
        #expect(UUIDText.upper(UUID(uuid: (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 255))) == "00010203-0405-0607-0809-0A0B0C0D0EFF")
    }

    @Test func refusesMalformedText() {
        let good = "001F95CF-52A6-471F-B9BD-4ABA579FF1A3"
        #expect(UUIDText.parse(good) == UUID(uuidString: good))
        for bad in ["", String(good.dropLast()), good + "0", good.replacingOccurrences(of: "-", with: "_"),
                    "G01F95CF-52A6-471F-B9BD-4ABA579FF1A3", "001F95CF52A6-471F-B9BD-4ABA579FF1A3-"] {
            #expect(UUIDText.parse(bad) == nil, "\(bad)")
            #expect(UUID(uuidString: bad) == nil, "Foundation agrees on \(bad)")
        }
    }
}
