import Domain
import FluentKit
import Foundation

final class DepartmentRecord: Model, @unchecked Sendable {
    static let schema = "departments"
    @ID(key: .id) var id: UUID?
    @Field(key: "school_id") var schoolID: UUID
    @Field(key: "name") var name: String
    @Field(key: "is_active") var isActive: Bool
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    var domain: Department { Department(id: .init(id!), schoolID: .init(schoolID), name: name, isActive: isActive) }
}

final class TicketCategoryRecord: Model, @unchecked Sendable {
    static let schema = "ticket_categories"
    @ID(key: .id) var id: UUID?
    @Field(key: "school_id") var schoolID: UUID
    @Field(key: "name") var name: String
    @Field(key: "department_id") var departmentID: UUID
    @Field(key: "time_limit_days") var timeLimitDays: Int
    @Field(key: "is_active") var isActive: Bool
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    var domain: TicketCategory {
        TicketCategory(id: .init(id!), schoolID: .init(schoolID), name: name, departmentID: .init(departmentID),
                       timeLimitDays: timeLimitDays, isActive: isActive)
    }
}
