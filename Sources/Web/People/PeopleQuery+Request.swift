import Domain
import Persistence
import Vapor

extension PeopleQuery {
    /// Reads the list's filters from the address; a malformed filter is a 400, not a silent "all".
    init(_ request: Request) throws {
        text = request.query[String.self, at: "q"]
        organizationID = try request.query[String.self, at: "org"].flatMap { try PeopleQuery.id($0) }.map { .init($0) }
        gridUnitID = try request.query[String.self, at: "grid"].flatMap { try PeopleQuery.id($0) }.map { .init($0) }
        if let status = request.query[String.self, at: "status"], !status.isEmpty {
            guard let value = PoliticalStatus(rawValue: status) else { throw Abort(.badRequest, reason: "unknown status") }
            self.status = value
        }
        page = max(1, request.query[Int.self, at: "page"] ?? 1)
    }

    private static func id(_ text: String) throws -> UUID? {
        if text.isEmpty { return nil }
        guard let id = UUID(uuidString: text) else { throw Abort(.badRequest, reason: "malformed id") }
        return id
    }

    var filter: PeopleStore.Filter {
        PeopleStore.Filter(query: text, organizationID: organizationID, gridUnitID: gridUnitID, politicalStatus: status)
    }
}

extension Request {
    /// A UUID path parameter; a malformed one is answered like a missing record.
    func id<T>(_ name: String, as: T.Type = T.self) throws -> T where T: RawRepresentable, T.RawValue == UUID {
        guard let text = parameters.get(name), let uuid = UUID(uuidString: text), let id = T(rawValue: uuid) else {
            throw DomainError.notFound
        }
        return id
    }
}
