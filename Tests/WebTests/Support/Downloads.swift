import Foundation
import Spreadsheet
import Vapor

/// Fetching an export as a signed-in user and reading it back as a table of texts.
enum Downloads {
    static func download(_ path: String, as login: String, in app: Application) async throws -> LiveServer.Answer {
        let browser = try Browser(app)
        _ = try await browser.login(login)
        return try await browser.get(path)
    }

    static func table(_ response: LiveServer.Answer, fileName: String) throws -> [[String]] {
        try TableReader.read(Data(buffer: response.body), fileName: fileName).rows.map { $0.map(\.text) }
    }
}
