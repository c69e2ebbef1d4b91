import Foundation
import Testing
@testable import Persistence

/// Report ids sort by the time they were made, as bytes (SQLite blobs, PostgreSQL uuid), and are valid UUIDv7.
@Suite struct TimeOrderedIDTests {
    @Test func ids_sortByTime_andCarryVersion7() {
        let start = Date(timeIntervalSince1970: 1_795_000_000)
        let ids = (0..<50).map { TimeOrderedID.make(at: start.addingTimeInterval(Double($0) * 0.002)) }
        let bytes = ids.map { withUnsafeBytes(of: $0.uuid) { Array($0) } }
        #expect(bytes == bytes.sorted { $0.lexicographicallyPrecedes($1) })
        #expect(ids.allSatisfy { $0.uuidString.dropFirst(14).first == "7" })
        #expect(ids.allSatisfy { "89AB".contains($0.uuidString.dropFirst(19).first!) })
        #expect(Set(ids).count == ids.count)
    }
}
