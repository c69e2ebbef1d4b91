import Domain
import Foundation
import Vapor

/// An audit event as the API shows it: the instant in ISO 8601 (UTC, milliseconds), codes as stored.
struct AuditEventDTO: Content {
    var sequence: Int64
    var at: String
    var actorLogin: String
    var action: String
    var target: String
    var result: String
    var address: String
    var detail: String

    init(_ e: AuditEvent) {
        sequence = e.sequence; at = e.at.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
        actorLogin = e.actorLogin; action = e.action.rawValue; target = e.target; result = e.result.rawValue
        address = e.address; detail = e.detail
    }
}
