import Foundation
import Persistence

/// Loads the deployment's master key: from the environment, else from the key file, which is created
/// (mode 0600) on first run. The key file lives beside the data and is never committed.
enum MasterKey {
    static func load(_ config: AppConfig) throws -> Data {
        if let text = config.masterKeyBase64 {
            guard let data = Data(base64Encoded: text), data.count == 32 else { throw AppConfig.ConfigError.badKey("ZHIBU_KEY must be 32 bytes in base64") }
            return data
        }
        let fm = FileManager.default
        if let text = try? String(contentsOfFile: config.keyFile, encoding: .utf8) {
            guard let data = Data(base64Encoded: text.trimmingCharacters(in: .whitespacesAndNewlines)), data.count == 32 else {
                throw AppConfig.ConfigError.badKey("\(config.keyFile) does not hold 32 bytes in base64")
            }
            return data
        }
        try fm.createDirectory(atPath: (config.keyFile as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let key = Keyring.randomMasterKey()
        guard fm.createFile(atPath: config.keyFile, contents: Data(key.base64EncodedString().utf8),
                            attributes: [.posixPermissions: 0o600]) else {
            throw AppConfig.ConfigError.badKey("cannot create \(config.keyFile)")
        }
        return key
    }
}
