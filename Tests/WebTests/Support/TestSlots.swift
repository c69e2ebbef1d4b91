import Foundation

/// How many tests hold a database copy at once. Swift Testing starts every test together; each copy of
/// the seeded world is ~150 MB (a file, or a PostgreSQL database made from the template), so without a
/// bound one run of the suite filled a CI disk (30 GB seen at the peak) and PostgreSQL stopped. Two cores
/// gain nothing beyond a few tests in flight. ZHIBU_TEST_SLOTS overrides the default.
actor TestSlots {
    static let shared = TestSlots(count: Int(ProcessInfo.processInfo.environment["ZHIBU_TEST_SLOTS"] ?? "") ?? 8)

    private var free: Int
    private var waiting: [CheckedContinuation<Void, Never>] = []

    private init(count: Int) { free = max(1, count) }

    /// Runs `body` while holding one slot; tests wait in the order they asked.
    nonisolated func holding<T: Sendable>(_ body: () async throws -> T) async throws -> T {
        await acquire()
        do {
            let value = try await body()
            await release()
            return value
        } catch {
            await release()
            throw error
        }
    }

    private func acquire() async {
        if free > 0 { free -= 1; return }
        await withCheckedContinuation { waiting.append($0) }
    }

    private func release() {
        if waiting.isEmpty { free += 1 } else { waiting.removeFirst().resume() }
    }
}
