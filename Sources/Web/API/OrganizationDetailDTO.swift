import Vapor

/// One organisation with the number of people in its subtree: `OrganizationDTO`'s fields and `memberCount`.
struct OrganizationDetailDTO: Content {
    var id: UUID
    var parentID: UUID?
    var kind: String
    var category: String?
    var name: String
    var depth: Int
    var memberCount: Int
    init(_ o: OrganizationDTO, memberCount: Int) {
        id = o.id; parentID = o.parentID; kind = o.kind; category = o.category; name = o.name; depth = o.depth
        self.memberCount = memberCount
    }
}
