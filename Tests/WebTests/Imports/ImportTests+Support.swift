import Domain
import Foundation
import NIOCore
import NIOHTTP1
import Persistence
import Spreadsheet
import Testing
import Vapor
import VaporTesting
@testable import Web
#if canImport(Glibc)
import Glibc
#endif

/// Uploads as a browser sends them: multipart/form-data with the session cookie and the page's CSRF field.
extension Browser {
    struct Upload {
        var fileName: String
        var data: Data
        var contentType = "application/octet-stream"
    }

    /// Sends the page's token in the `_csrf` field only, as a browser without JavaScript does; `csrfHeader`
    /// adds the X-CSRF-Token header that scripts send.
    func postMultipart(_ path: String, fields: [String: String], file: Upload?, csrfHeader: Bool = false) async throws -> LiveServer.Answer {
        let token = Browser.hiddenCSRF(in: try await get("/imports/new").body.string) ?? ""
        let boundary = "----zhibu" + UUID().uuidString
        var body = Data()
        func part(_ disposition: String, _ contentType: String?, _ content: Data) {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; \(disposition)\r\n".utf8))
            if let contentType { body.append(Data("Content-Type: \(contentType)\r\n".utf8)) }
            body.append(Data("\r\n".utf8)); body.append(content); body.append(Data("\r\n".utf8))
        }
        // A test that sets `_csrf` itself (a forged form) sends that instead of the page's token.
        if fields["_csrf"] == nil { part("name=\"_csrf\"", nil, Data(token.utf8)) }
        for (name, value) in fields.sorted(by: { $0.key < $1.key }) { part("name=\"\(name)\"", nil, Data(value.utf8)) }
        if let file { part("name=\"file\"; filename=\"\(file.fileName)\"", file.contentType, file.data) }
        body.append(Data("--\(boundary)--\r\n".utf8))
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        if csrfHeader { headers.replaceOrAdd(name: "X-CSRF-Token", value: token) }
        headers.replaceOrAdd(name: .cookie, value: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
        return try await LiveServer.send(app, .POST, path, headers: headers, body: ByteBuffer(data: body))
    }

    /// Follows an import's page until it stops refreshing: a bounded wait for the background task, not a timing check.
    func waitForImport(_ location: String) async throws -> String {
        for _ in 0..<300 {
            let page = try await get(location).body.string
            if !page.contains("http-equiv=\"refresh\"") { return page }
            try await Task.sleep(for: .milliseconds(100))
        }
        Issue.record("the import at \(location) did not finish within 30 s")
        return ""
    }
}

/// Rosters built from the first test school's real places, so that valid rows land.
enum Rosters {
    static let world = TestWorld.first

    /// An ID number with a correct GB 11643 check character.
    static func idNumber(_ first17: String) -> String {
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        let sum = zip(first17, weights).reduce(0) { $0 + Int(String($1.0))! * $1.1 }
        return first17 + String(Array("10X98765432")[sum % 11])
    }

    /// The same number with a check character that is certainly wrong.
    static func wrongCheck(_ number: String) -> String {
        String(number.dropLast()) + (number.last == "1" ? "2" : "1")
    }

    static func organization(login: String) -> Organization {
        let id = world.account(login)!.assignments[0].organizationID!
        return world.organizations.first { $0.id == id }!
    }

    /// Branches inside and outside the subtree that `college1` administers.
    static var college: Organization { organization(login: "college1") }
    static var branchInScope: Organization {
        world.organizations.first { $0.kind == .branch && $0.path.rawValue.hasPrefix(college.path.rawValue) }!
    }
    static var branchOutOfScope: Organization {
        world.organizations.first { $0.kind == .branch && !$0.path.rawValue.hasPrefix(college.path.rawValue) }!
    }

    static var counselor: DemoCounselor { world.counselors.first { $0.personID == world.account("counselor1")!.personID }! }
    static func unit(_ id: GridUnit.ID) -> GridUnit { world.gridUnits.first { $0.id == id }! }

    static func xlsx(_ rows: [[String]]) throws -> Browser.Upload {
        Browser.Upload(fileName: "roster.xlsx", data: try XLSXWriter.write(header: [], rows: rows),
                       contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    }

    /// CSV as Chinese Excel saves it: GBK (encoded as GB18030, its superset), CRLF, no BOM.
    static func gbkCSV(_ rows: [[String]]) throws -> Browser.Upload {
        let text = rows.map { $0.joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
        return Browser.Upload(fileName: "roster.csv", data: try gb18030(text), contentType: "text/csv")
    }

    static func gb18030(_ text: String) throws -> Data {
        let converter = iconv_open("GB18030", "UTF-8")
        guard let converter, Int(bitPattern: converter) != -1 else { throw EncodingUnavailable() }
        defer { iconv_close(converter) }
        var input = Array(text.utf8).map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: input.count * 2 + 16)
        let produced = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer -> Int? in
                var inPointer = inBuffer.baseAddress, inLeft = inBuffer.count
                var outPointer = outBuffer.baseAddress, outLeft = outBuffer.count
                let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                return result == size_t.max ? nil : outBuffer.count - outLeft
            }
        }
        guard let produced else { throw EncodingUnavailable() }
        return Data(output.prefix(produced).map { UInt8(bitPattern: $0) })
    }

    struct EncodingUnavailable: Error {}

    /// The shared fixtures folder beside the checkout, or the machine's.
    static func fixture(_ path: String) throws -> Data {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let candidates = [ProcessInfo.processInfo.environment["ZHIBU_SHARED_DIR"], root.deletingLastPathComponent().path + "/shared",
                          "/work/shared"].compactMap { $0 }
        let folder = candidates.first { FileManager.default.fileExists(atPath: $0 + "/fixtures/" + path) } ?? "/work/shared"
        return try Data(contentsOf: URL(fileURLWithPath: folder + "/fixtures/" + path))
    }
}

extension LiveServer.Answer {
    var location: String { headers.first(name: .location) ?? "" }
}
