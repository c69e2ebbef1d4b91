/// Hashes and verifies passwords (bcrypt in the app); kept behind a protocol so the domain stays pure.
public protocol PasswordHasher: Sendable {
    func hash(_ password: String) throws -> String
    func verify(_ password: String, against hash: String) throws -> Bool
}
