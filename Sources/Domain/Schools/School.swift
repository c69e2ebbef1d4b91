import Foundation
import Tagged

/// One university. Every row belongs to a school; nothing crosses schools unless a scope says so.
public struct School: Identifiable, Equatable, Sendable {
    public typealias ID = Tagged<School, UUID>
    public var id: ID
    public var code: String
    public var name: String
    public var timeZone: TimeZone

    public init(id: ID, code: String, name: String, timeZone: TimeZone = TimeZone(identifier: "Asia/Shanghai")!) {
        self.id = id; self.code = code; self.name = name; self.timeZone = timeZone
    }
}
