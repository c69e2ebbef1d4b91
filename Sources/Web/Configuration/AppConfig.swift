import Foundation

/// The one typed configuration, read once at startup: process environment over defaults.
/// Nothing else in the code reads the environment.
public struct AppConfig: Sendable {
    public enum DatabaseLocation: Sendable, Equatable {
        case sqlite(path: String)
        case postgres(url: String)
    }

    public var database: DatabaseLocation
    /// Where the key file and uploads live: beside the SQLite file unless configured.
    public var dataDirectory: String
    /// The master key, base64, from ZHIBU_KEY; else read from (or created in) ZHIBU_KEY_FILE or `<data>/zhibu.key`.
    public var masterKeyBase64: String?
    public var keyFile: String
    /// Demo accounts skip the first-login password change only while this is on.
    public var demoMode: Bool
    public var bcryptCost: Int
    public var logLevel: String
    /// The address phones reach the server by (ZHIBU_PUBLIC_URL, e.g. `https://dangjian.example.edu.cn`), for
    /// links in QR codes and robot messages; without it, the host the browser used.
    public var publicBaseURL: String?
    /// Seconds between runs of the scheduler (ZHIBU_JOB_INTERVAL); 0 turns it off (tests run jobs by hand).
    public var jobInterval: Int

    public init(database: DatabaseLocation, dataDirectory: String, masterKeyBase64: String? = nil, keyFile: String? = nil,
                demoMode: Bool = false, bcryptCost: Int = 12, logLevel: String = "info", publicBaseURL: String? = nil,
                jobInterval: Int = 0) {
        self.publicBaseURL = publicBaseURL.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        self.jobInterval = jobInterval
        self.database = database; self.dataDirectory = dataDirectory; self.masterKeyBase64 = masterKeyBase64
        self.keyFile = keyFile ?? (dataDirectory as NSString).appendingPathComponent("zhibu.key")
        self.demoMode = demoMode; self.bcryptCost = bcryptCost; self.logLevel = logLevel
    }

    public static func fromEnvironment(_ env: [String: String] = ProcessInfo.processInfo.environment) throws -> AppConfig {
        let location = try parse(databaseURL: env["DATABASE_URL"] ?? "sqlite:data/zhibu.sqlite")
        let dataDirectory: String
        switch location {
        case .sqlite(let path): dataDirectory = env["ZHIBU_DATA_DIR"] ?? (path as NSString).deletingLastPathComponent
        case .postgres: dataDirectory = env["ZHIBU_DATA_DIR"] ?? "data"
        }
        return AppConfig(database: location, dataDirectory: dataDirectory.isEmpty ? "." : dataDirectory,
                         masterKeyBase64: env["ZHIBU_KEY"], keyFile: env["ZHIBU_KEY_FILE"],
                         demoMode: ["1", "true", "yes"].contains(env["ZHIBU_DEMO_MODE"]?.lowercased() ?? ""),
                         bcryptCost: env["ZHIBU_BCRYPT_COST"].flatMap(Int.init) ?? 12,
                         logLevel: env["LOG_LEVEL"] ?? "info", publicBaseURL: env["ZHIBU_PUBLIC_URL"],
                         jobInterval: env["ZHIBU_JOB_INTERVAL"].flatMap(Int.init) ?? 30)
    }

    /// `sqlite:PATH` (also `sqlite://PATH`) or `postgres://…` / `postgresql://…`.
    public static func parse(databaseURL: String) throws -> DatabaseLocation {
        if databaseURL.hasPrefix("postgres://") || databaseURL.hasPrefix("postgresql://") { return .postgres(url: databaseURL) }
        if databaseURL.hasPrefix("sqlite:") {
            var path = String(databaseURL.dropFirst("sqlite:".count))
            if path.hasPrefix("//") { path.removeFirst(2) }
            guard !path.isEmpty else { throw ConfigError.badDatabaseURL(databaseURL) }
            return .sqlite(path: path)
        }
        throw ConfigError.badDatabaseURL(databaseURL)
    }

    public enum ConfigError: Error, CustomStringConvertible {
        case badDatabaseURL(String)
        case badKey(String)
        public var description: String {
            switch self {
            case .badDatabaseURL: "DATABASE_URL must be sqlite:PATH or postgres://USER:PASSWORD@HOST:PORT/DB"
            case .badKey(let why): "The master key is unusable: \(why)"
            }
        }
    }
}
