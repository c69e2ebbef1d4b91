import Domain
import Vapor

/// bcrypt through Vapor; the cost is configurable so that tests need not wait on cost 12.
struct BcryptHasher: Domain.PasswordHasher {
    var cost: Int

    func hash(_ password: String) throws -> String { try Bcrypt.hash(password, cost: cost) }

    func verify(_ password: String, against hash: String) throws -> Bool {
        (try? Bcrypt.verify(password, created: hash)) ?? false
    }
}
