import Domain
import Foundation
import Vapor

extension Request {
    /// The time zone of the actor's school, in which business dates (a meeting's day) are reckoned.
    func schoolTimeZone() async throws -> TimeZone {
        guard let school = try actor.schoolID else { return .schoolDefault }
        return try await stores.schools.find(school)?.timeZone ?? .schoolDefault
    }

    /// Today in the actor's school.
    func today() async throws -> LocalDate { LocalDate(now, in: try await schoolTimeZone()) }
}

extension TimeZone {
    /// The zone of an actor without a school (system accounts), and of a school whose zone is unknown.
    static let schoolDefault = TimeZone(identifier: "Asia/Shanghai") ?? TimeZone(secondsFromGMT: 8 * 3600) ?? .current
}
