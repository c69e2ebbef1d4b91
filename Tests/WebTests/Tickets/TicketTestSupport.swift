import Domain
import Foundation
import NIOCore
import NIOHTTP1
import Persistence
import Testing
import Vapor
@testable import Web

/// The places and people of the first test school that the ticket tests work with, read from the demo
/// generator and the seeded database (never assumed): the department `responder1` answers for, one of its
/// categories, and a category of another department.
enum TicketWorld {
    static let world = TestWorld.first

    static var department: Department.ID { world.account("responder1")!.assignments[0].departmentID! }
    static var school: School.ID { world.school.id }

    static func category(_ app: Application) async throws -> TicketCategory {
        try await app.stores.departments.categories(of: school, activeOnly: true).first { $0.departmentID == department }!
    }

    static func otherCategory(_ app: Application) async throws -> TicketCategory {
        try await app.stores.departments.categories(of: school, activeOnly: true).first { $0.departmentID != department }!
    }

    static func decode<T: Decodable>(_ type: T.Type, _ answer: LiveServer.Answer) throws -> T {
        try MeetingWorld.decoder().decode(type, from: Data(buffer: answer.body))
    }

    /// A Wednesday 10:00 in Shanghai that is a working day with working days around it: 2026-11-18.
    static let wednesday = MeetingWorld.instant("2026-11-18T10:00")
}

extension Browser {
    /// Raises a ticket through the API as the logged-in account.
    func raiseTicket(_ category: TicketCategory, title: String, anonymous: Bool = false, publishable: Bool = true,
                     key: String? = nil) async throws -> TicketDetailDTO {
        var headers = HTTPHeaders()
        if let key { headers.replaceOrAdd(name: "Idempotency-Key", value: key) }
        let answer = try await json(.POST, "/api/v1/tickets", [
            "categoryId": category.id.rawValue.uuidString, "title": title, "body": "具体情况：\(title)",
            "anonymous": anonymous, "publishable": publishable,
        ], headers: headers)
        #expect(answer.status == .created, "raise \(title): \(answer.status) \(answer.body.string)")
        return try TicketWorld.decode(TicketDetailDTO.self, answer)
    }

    /// Acts on a ticket through the API; the answer is returned whatever its status.
    @discardableResult
    func act(_ ticket: UUID, _ body: [String: Any]) async throws -> LiveServer.Answer {
        try await json(.POST, "/api/v1/tickets/\(ticket.uuidString)/events", body)
    }

    func ticket(_ id: UUID) async throws -> TicketDetailDTO {
        try TicketWorld.decode(TicketDetailDTO.self, try await json(.GET, "/api/v1/tickets/\(id.uuidString)"))
    }
}

extension Browser {
    /// Posts a multipart form as a phone's browser does: fields, then files, with the page's CSRF token.
    @discardableResult
    func upload(_ path: String, fields: [String: String], files: [(field: String, name: String, bytes: [UInt8], type: String)]) async throws -> LiveServer.Answer {
        let token = try await csrfToken()
        let boundary = "----zhibu" + UUID().uuidString
        var body = ByteBuffer()
        for (key, value) in fields.merging(["_csrf": token], uniquingKeysWith: { a, _ in a }) {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(key)\"\r\n\r\n\(value)\r\n")
        }
        for file in files {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.field)\"; filename=\"\(file.name)\"\r\n")
            body.writeString("Content-Type: \(file.type)\r\n\r\n")
            body.writeBytes(file.bytes)
            body.writeString("\r\n")
        }
        body.writeString("--\(boundary)--\r\n")
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        headers.replaceOrAdd(name: .cookie, value: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
        return try await LiveServer.send(app, .POST, path, headers: headers, body: body)
    }
}
