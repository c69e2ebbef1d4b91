import Foundation
import Tagged

/// 职能部门: an administrative unit that answers tickets (教务处, 学生工作处, 财务处, 图书馆, 后勤 …).
/// Its responders and leaders are role assignments placed on it.
public struct Department: Identifiable, Equatable, Sendable {
    public typealias ID = Tagged<Department, UUID>
    public var id: ID
    public var schoolID: School.ID
    public var name: String
    public var isActive: Bool

    public init(id: ID, schoolID: School.ID, name: String, isActive: Bool = true) {
        self.id = id; self.schoolID = schoolID; self.name = name; self.isActive = isActive
    }
}
