import Foundation

/// A seeded SplitMix64 generator for the demo university.
///
/// The demo never touches `SystemRandomNumberGenerator`, nor the standard library's `random(in:using:)`,
/// whose algorithm may change between Swift releases: a seed must give the same university on every toolchain.
struct DemoRandom: Sendable {
    private var state: UInt64

    /// One independent stream per concern (grid, party tree, people …), so that changing how many
    /// students are drawn does not move the IDs of the organisations.
    init(seed: UInt64, stream: String) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a of the stream name
        for byte in stream.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        state = seed ^ hash
    }

    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// A uniform integer in `range`; the modulo bias is negligible for the small ranges the demo uses.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound) &+ 1
        return width == 0 ? Int(truncatingIfNeeded: next()) : range.lowerBound + Int(next() % width)
    }

    mutating func chance(_ probability: Double) -> Bool {
        Double(next() >> 11) / Double(UInt64(1) << 53) < probability
    }

    mutating func pick<T>(_ items: [T]) -> T { items[int(in: 0...items.count - 1)] }

    /// Picks `items[i]` with probability `weights[i] / sum(weights)`.
    mutating func pick<T>(_ items: [T], weights: [Int]) -> T {
        var roll = int(in: 0...weights.reduce(0, +) - 1)
        for (item, weight) in zip(items, weights) {
            if roll < weight { return item }
            roll -= weight
        }
        return items[items.count - 1]
    }

    /// A version-4 UUID whose 122 random bits come from this stream.
    mutating func uuid() -> UUID {
        let a = next(), b = next()
        func byte(_ word: UInt64, _ index: Int) -> UInt8 { UInt8(truncatingIfNeeded: word >> (8 * index)) }
        return UUID(uuid: (
            byte(a, 0), byte(a, 1), byte(a, 2), byte(a, 3), byte(a, 4), byte(a, 5),
            (byte(a, 6) & 0x0f) | 0x40, byte(a, 7),
            (byte(b, 0) & 0x3f) | 0x80, byte(b, 1), byte(b, 2), byte(b, 3),
            byte(b, 4), byte(b, 5), byte(b, 6), byte(b, 7)
        ))
    }
}
