import Foundation
import Persistence
import Vapor

/// A robot as the API shows it: the address masked, the secret never.
struct RobotDTO: Content {
    var id: UUID
    var organizationID: UUID
    var kind: String
    var name: String
    var maskedURL: String
    var signed: Bool
    var createdAt: Date

    init(_ r: RegisteredRobot) {
        id = r.id.rawValue; organizationID = r.organizationID.rawValue; kind = r.kind; name = r.name
        maskedURL = r.maskedURL; signed = r.signed; createdAt = r.createdAt
    }
}
