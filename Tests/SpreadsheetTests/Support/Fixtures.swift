import Foundation

/// Finds the shared fixtures folder that sits beside the repository (`<repo>/../shared/fixtures`).
enum Fixtures {
    static func data(_ relativePath: String) throws -> Data {
        guard let folder = fixturesFolder() else {
            throw FixtureMissing(path: relativePath)
        }
        return try Data(contentsOf: folder.appendingPathComponent(relativePath))
    }

    /// ZHIBU_SHARED_DIR wins when set; then the folder beside this checkout (symlinks resolved, so a
    /// scratch package that links the test folder still finds it); then the usual machine path.
    private static func fixturesFolder() -> URL? {
        let repositoryRoot = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
            .deletingLastPathComponent() // Support
            .deletingLastPathComponent() // SpreadsheetTests
            .deletingLastPathComponent() // Tests
            .deletingLastPathComponent()
        let candidates = [
            ProcessInfo.processInfo.environment["ZHIBU_SHARED_DIR"].map { URL(fileURLWithPath: $0) },
            repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared"),
            URL(fileURLWithPath: "/work/shared"),
        ]
        return candidates.compactMap { $0?.appendingPathComponent("fixtures") }
            .first { FileManager.default.fileExists(atPath: $0.path) }
    }

    struct FixtureMissing: Error, CustomStringConvertible {
        var path: String
        var description: String { "Fixture \(path) not found; set ZHIBU_SHARED_DIR to the shared folder." }
    }
}
