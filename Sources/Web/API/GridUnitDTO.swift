import Domain
import Vapor

/// A unit of the campus grid as the API shows it.
struct GridUnitDTO: Content {
    var id: UUID
    var parentID: UUID?
    var kind: String
    var name: String
    var depth: Int
    init(_ u: GridUnit) {
        id = u.id.rawValue; parentID = u.parentID?.rawValue; kind = u.kind.rawValue; name = u.name; depth = u.path.depth
    }
}
