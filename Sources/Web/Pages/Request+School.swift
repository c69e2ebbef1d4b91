import Domain
import Foundation
import Vapor

extension Request {
    /// The time zone of the actor's school, in which business dates (a meeting's day) are reckoned.
    func schoolTimeZone() async throws -> TimeZone { try await AuditTime.zone(self) }

    /// Today in the actor's school.
    func today() async throws -> LocalDate { LocalDate(now, in: try await schoolTimeZone()) }
}
