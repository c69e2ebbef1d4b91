import Crypto
import Foundation

/// The keys of one deployment: personal data is sealed with AES-GCM, looked up by a keyed hash,
/// and the audit chain is signed with its own HMAC key. All derive from one master key (HKDF).
public struct Keyring: Sendable {
    let sealing: SymmetricKey
    let lookup: SymmetricKey
    let audit: SymmetricKey
    let links: SymmetricKey

    public init(masterKey: Data) {
        let master = SymmetricKey(data: masterKey)
        sealing = Keyring.derive(master, "zhibu personal data v1")
        lookup = Keyring.derive(master, "zhibu lookup hash v1")
        audit = Keyring.derive(master, "zhibu audit chain v1")
        links = Keyring.derive(master, "zhibu signed links v1")
    }

    private static func derive(_ master: SymmetricKey, _ info: String) -> SymmetricKey {
        HKDF<SHA256>.deriveKey(inputKeyMaterial: master, info: Data(info.utf8), outputByteCount: 32)
    }

    public static func randomMasterKey() -> Data { SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) } }

    func seal(_ text: String) throws -> Data {
        try AES.GCM.seal(Data(text.utf8), using: sealing).combined!
    }

    func open(_ data: Data) throws -> String {
        let box = try AES.GCM.SealedBox(combined: data)
        return String(decoding: try AES.GCM.open(box, using: sealing), as: UTF8.self)
    }

    /// A keyed hash for exact lookup without storing the value in the clear.
    func lookupHash(_ text: String) -> String {
        HMAC<SHA256>.authenticationCode(for: Data(text.utf8), using: lookup).hex
    }

    /// Signs a short-lived link (a meeting's sign-in QR code), base64url without padding.
    func linkSignature(_ text: String) -> String {
        HMAC<SHA256>.authenticationCode(for: Data(text.utf8), using: links).base64URL
    }

    func auditHash(_ text: String) -> String {
        HMAC<SHA256>.authenticationCode(for: Data(text.utf8), using: audit).hex
    }
}
