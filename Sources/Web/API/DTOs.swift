import Domain
import Persistence
import Vapor

/// A person as the API shows it: personal numbers masked, places by id.
struct PersonDTO: Content {
    var id: UUID
    var number: String
    var name: String
    var gender: String?
    var kind: String
    var politicalStatus: String
    var ethnicity: String?
    var birthDate: String?
    var idNumber: String?
    var phone: String?
    var organizationID: UUID?
    var classID: UUID?
    var dormID: UUID?
    var stages: StageDates
    var committeeRole: String?
    var isDualLeader: Bool
    var posts: [PostDTO]

    init(_ p: Person) {
        id = p.id.rawValue; number = p.number; name = p.name; gender = p.gender?.rawValue; kind = p.kind.rawValue
        politicalStatus = p.politicalStatus.rawValue; ethnicity = p.ethnicity; birthDate = p.birthDate?.iso
        idNumber = p.idNumberMasked; phone = p.phoneMasked; organizationID = p.organizationID?.rawValue
        classID = p.classID?.rawValue; dormID = p.dormID?.rawValue; stages = p.stages
        committeeRole = p.committeeRole?.rawValue; isDualLeader = p.isDualLeader
        posts = p.posts.map(PostDTO.init)
    }
}

struct PostDTO: Content {
    var id: UUID
    var kind: String
    var title: String
    var since: String?
    init(_ p: Post) { id = p.id.rawValue; kind = p.kind.rawValue; title = p.title; since = p.since?.iso }
}

struct OrganizationDTO: Content {
    var id: UUID
    var parentID: UUID?
    var kind: String
    var category: String?
    var name: String
    var depth: Int
    init(_ o: Organization) {
        id = o.id.rawValue; parentID = o.parentID?.rawValue; kind = o.kind.rawValue; category = o.category?.rawValue
        name = o.name; depth = o.path.depth
    }
}

struct TransferDTO: Content {
    var id: UUID
    var personID: UUID
    var fromOrganizationID: UUID?
    var toOrganizationID: UUID
    var date: String
    var reason: String
    init(_ t: Transfer) {
        id = t.id.rawValue; personID = t.personID.rawValue; fromOrganizationID = t.fromOrganizationID?.rawValue
        toOrganizationID = t.toOrganizationID.rawValue; date = t.date.iso; reason = t.reason
    }
}

struct PageDTO<Item: Content>: Content {
    var items: [Item]
    var page: Int
    var pageSize: Int
    var total: Int
    init<T>(_ page: ListPage<T>, _ transform: (T) -> Item) {
        items = page.items.map(transform); self.page = page.number; pageSize = page.size; total = page.total
    }
}

extension Content {
    /// Encodes as JSON with the given status.
    func json(_ request: Request, status: HTTPResponseStatus = .ok) async throws -> Response {
        try await encodeResponse(status: status, for: request)
    }
}
