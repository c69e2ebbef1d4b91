import Domain
import Vapor

extension MeetingQuery {
    /// Reads the list's filters; a malformed one is a clear 400, never a silent "all".
    init(_ request: Request) throws {
        organizationID = try request.optionalID("org")
        if let text = request.query[String.self, at: "kind"], !text.isEmpty {
            guard let kind = MeetingKind(rawValue: text) else { throw Abort(.badRequest, reason: "unknown kind: \(text)") }
            self.kind = kind
        }
        from = try request.optionalDate("from")
        to = try request.optionalDate("to")
        page = max(1, request.query[Int.self, at: "page"] ?? 1)
    }
}

extension Request {
    /// An optional UUID in the query string; empty means absent, malformed is a 400.
    func optionalID<T>(_ name: String, as: T.Type = T.self) throws -> T? where T: RawRepresentable, T.RawValue == UUID {
        guard let text = query[String.self, at: name], !text.isEmpty else { return nil }
        guard let uuid = UUID(uuidString: text) else { throw Abort(.badRequest, reason: "malformed \(name)") }
        return T(rawValue: uuid)
    }

    /// An optional ISO date in the query string.
    func optionalDate(_ name: String) throws -> LocalDate? {
        guard let text = query[String.self, at: name], !text.isEmpty else { return nil }
        guard let date = LocalDate(iso: text) else { throw Abort(.badRequest, reason: "\(name) must be YYYY-MM-DD") }
        return date
    }

    /// A year in the query string, this year in the school's time zone by default.
    func year(default today: LocalDate) throws -> Int {
        guard let text = query[String.self, at: "year"], !text.isEmpty else { return today.year }
        guard let year = Int(text), (2000...2100).contains(year) else { throw Abort(.badRequest, reason: "year must be 2000-2100") }
        return year
    }
}
