import Domain
import Foundation
import NIOCore
import NIOHTTP1
import Persistence
import Testing
import Vapor
@testable import Web

/// The places and people of the first test school that the meeting tests work with, read from the demo
/// generator (never assumed): the branch `branch1` is secretary of, and organisations outside it.
enum MeetingWorld {
    static let world = TestWorld.first

    static func organization(of login: String, in demo: DemoUniversity = world) -> Organization {
        let id = demo.account(login)!.assignments[0].organizationID!
        return demo.organizations.first { $0.id == id }!
    }

    /// The branch whose secretary `branch1` is.
    static var branch: Organization { organization(of: "branch1") }
    /// A live branch outside `college1`'s college (so outside `branch1`'s branch too).
    static var farBranch: Organization {
        let college = organization(of: "college1")
        return world.organizations.first {
            $0.kind == .branch && $0.dissolvedOn == nil && $0.foundedOn.map { $0 < LocalDate(year: 2026, month: 1, day: 1)! } != false
                && !$0.path.rawValue.hasPrefix(college.path.rawValue)
        }!
    }
    /// Another live branch of the same college as `branch1`'s branch.
    static var neighbourBranch: Organization {
        let college = organization(of: "college1")
        return world.organizations.first {
            $0.kind == .branch && $0.id != branch.id && $0.dissolvedOn == nil && $0.path.rawValue.hasPrefix(college.path.rawValue)
        }!
    }

    /// The school's wall clock as a secretary types it: `2026-11-10T14:30` in Asia/Shanghai.
    static func instant(_ local: String) -> Date {
        LocalDateTime.parse(local, in: TimeZone(identifier: "Asia/Shanghai")!)!
    }

    static func isoText(_ date: Date) -> String { ISO8601DateFormatter().string(from: date) }

    static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }

    static func decode<T: Decodable>(_ type: T.Type, _ answer: LiveServer.Answer) throws -> T {
        try decoder().decode(type, from: Data(buffer: answer.body))
    }

    /// The 6-digit code on the meeting screen.
    static func signInCode(in html: String) -> String? {
        guard let range = html.range(of: #"id="sign-in-code">(\d{6})<"#, options: .regularExpression) else { return nil }
        return String(html[range].filter { $0.isASCII && $0.isNumber }.suffix(6))
    }

    /// The people on a register form, in the order shown (`status_<personID>` radio groups).
    static func registerIDs(in html: String) -> [UUID] {
        var seen: [UUID] = []
        var rest = html[...]
        while let range = rest.range(of: "name=\"status_") {
            let idText = rest[range.upperBound...].prefix(36)
            if let id = UUID(uuidString: String(idText)), !seen.contains(id) { seen.append(id) }
            rest = rest[range.upperBound...]
        }
        return seen
    }

    /// Whether a radio of the register form is checked.
    static func isChecked(_ html: String, person: UUID, status: Attendance.Status) -> Bool {
        guard let range = html.range(of: "name=\"status_\(person.uuidString)\" value=\"\(status.rawValue)\"") else { return false }
        return html[range.upperBound...].prefix(12).contains("checked")
    }

    static func meetingID(fromLocation location: String) -> Meeting.ID? {
        guard location.hasPrefix("/meetings/") else { return nil }
        let rest = location.dropFirst("/meetings/".count).prefix(36)
        return UUID(uuidString: String(rest)).map { Meeting.ID(rawValue: $0) }
    }

    /// A PNG as far as the signature goes: the eight magic bytes and a little more.
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D,
                               0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01]
}

extension Browser {
    /// Posts a form whose fields may repeat (`elements[]` twice), with the session's CSRF token.
    @discardableResult
    func post(_ path: String, pairs: [(String, String)]) async throws -> LiveServer.Answer {
        let token = try await csrfToken()
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
        let body = ([("_csrf", token)] + pairs).map { key, value in
            "\(key.addingPercentEncoding(withAllowedCharacters: allowed)!)=\(value.addingPercentEncoding(withAllowedCharacters: allowed)!)"
        }.joined(separator: "&")
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "application/x-www-form-urlencoded")
        headers.replaceOrAdd(name: .cookie, value: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
        return try await LiveServer.send(app, .POST, path, headers: headers, body: ByteBuffer(string: body))
    }

    /// Uploads one file as a browser's multipart form does, with the session's CSRF token in `_csrf`, or in the
    /// X-CSRF-Token header as a script sends it (`csrfHeader`: the server then parses a large body once, not twice).
    @discardableResult
    func upload(_ path: String, fileName: String, bytes: [UInt8], contentType: String, csrfHeader: Bool = false) async throws -> LiveServer.Answer {
        let token = try await csrfToken()
        let boundary = "----zhibu" + UUID().uuidString
        var body = ByteBuffer()
        if !csrfHeader { body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\(token)\r\n") }
        body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(fileName)\"\r\n")
        body.writeString("Content-Type: \(contentType)\r\n\r\n")
        body.writeBytes(bytes)
        body.writeString("\r\n--\(boundary)--\r\n")
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        if csrfHeader { headers.replaceOrAdd(name: "X-CSRF-Token", value: token) }
        headers.replaceOrAdd(name: .cookie, value: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
        return try await LiveServer.send(app, .POST, path, headers: headers, body: body)
    }

    /// Creates a meeting through the JSON API (the browser must hold a bearer token) and returns it.
    func createMeeting(kind: MeetingKind, organization: Organization.ID, startsAt local: String, status: Meeting.Status = .held,
                       topic: String, elements: [String]? = nil) async throws -> MeetingDTO {
        let answer = try await json(.POST, "/api/v1/meetings", [
            "kind": kind.rawValue, "organizationId": organization.rawValue.uuidString,
            "startsAt": MeetingWorld.isoText(MeetingWorld.instant(local)), "status": status.rawValue,
            "place": "党员活动室", "topic": topic,
            "elementsDone": elements ?? MeetingRules.standard.elements(of: kind).map(\.id),
        ])
        try #require(answer.status == .created, "creating a meeting: \(answer.status) \(answer.body.string)")
        return try MeetingWorld.decode(MeetingDTO.self, answer)
    }
}
