import Foundation
import Tagged

/// What a ticket is about; it names the department that answers and the time limit in working days (限时办结).
public struct TicketCategory: Identifiable, Equatable, Sendable {
    public typealias ID = Tagged<TicketCategory, UUID>
    public static let longestTimeLimit = 60

    public var id: ID
    public var schoolID: School.ID
    public var name: String
    public var departmentID: Department.ID
    public var timeLimitDays: Int
    public var isActive: Bool

    public init(id: ID, schoolID: School.ID, name: String, departmentID: Department.ID, timeLimitDays: Int, isActive: Bool = true) {
        self.id = id; self.schoolID = schoolID; self.name = name; self.departmentID = departmentID
        self.timeLimitDays = timeLimitDays; self.isActive = isActive
    }

    /// Checks a category's fields before it is saved.
    public static func validate(name: String, timeLimitDays: Int) throws {
        if name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty || name.count > 60 {
            throw DomainError.invalid(field: "name", message: Message(zh: "请填写类别名称（不超过60字）", en: "Give the category a name (at most 60 characters)"))
        }
        guard (1...longestTimeLimit).contains(timeLimitDays) else {
            throw DomainError.invalid(field: "timeLimitDays", message: Message(
                zh: "办结时限应为1至\(longestTimeLimit)个工作日", en: "The time limit must be 1 to \(longestTimeLimit) working days"))
        }
    }
}
