import Foundation
import Tagged

/// A unit of the campus grid (网格): college → major/grade → class → dorm. Separate from the party tree.
public struct GridUnit: Identifiable, Equatable, Sendable {
    public typealias ID = Tagged<GridUnit, UUID>
    public var id: ID
    public var schoolID: School.ID
    public var parentID: ID?
    public var kind: Kind
    public var name: String
    public var path: TreePath

    public init(id: ID, schoolID: School.ID, parentID: ID?, kind: Kind, name: String, path: TreePath) {
        self.id = id; self.schoolID = schoolID; self.parentID = parentID; self.kind = kind; self.name = name; self.path = path
    }

    public enum Kind: String, Codable, CaseIterable, Sendable {
        case college, major, schoolClass = "class", dorm
    }
}
