import Domain
import FluentKit
import Foundation

final class SchoolRecord: Model, @unchecked Sendable {
    static let schema = "schools"
    @ID(key: .id) var id: UUID?
    @Field(key: "code") var code: String
    @Field(key: "name") var name: String
    @Field(key: "time_zone") var timeZone: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(_ school: School) {
        id = school.id.rawValue; code = school.code; name = school.name; timeZone = school.timeZone.identifier
    }

    var domain: School {
        School(id: .init(id!), code: code, name: name,
               timeZone: TimeZone(identifier: timeZone) ?? TimeZone(identifier: "Asia/Shanghai")!)
    }
}
