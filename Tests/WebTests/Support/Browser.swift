import Foundation
import NIOCore
import NIOHTTP1
import Vapor
import VaporTesting

/// A minimal browser over real HTTP: keeps cookies, sends forms with the page's CSRF token,
/// and sends JSON with a bearer token when it has one.
final class Browser: @unchecked Sendable {
    let app: Application
    var cookies: [String: String] = [:]
    var bearer: String?

    init(_ app: Application) throws { self.app = app }

    @discardableResult
    func get(_ path: String, headers: HTTPHeaders = [:]) async throws -> LiveServer.Answer {
        try await send(.GET, path, headers: headers, body: nil)
    }

    /// Posts a form; the CSRF token is added unless the test says otherwise.
    @discardableResult
    func post(_ path: String, form: [String: String], csrf: String? = nil, headers: HTTPHeaders = [:]) async throws -> LiveServer.Answer {
        var fields = form
        if fields["_csrf"] == nil {
            if let csrf { fields["_csrf"] = csrf } else { fields["_csrf"] = try await csrfToken() }
        }
        let body = fields.map { "\(escape($0.key))=\(escape($0.value))" }.joined(separator: "&")
        var all = headers
        all.replaceOrAdd(name: .contentType, value: "application/x-www-form-urlencoded")
        return try await send(.POST, path, headers: all, body: ByteBuffer(string: body))
    }

    @discardableResult
    func json(_ method: HTTPMethod, _ path: String, _ body: [String: Any]? = nil, headers: HTTPHeaders = [:]) async throws -> LiveServer.Answer {
        var all = headers
        all.replaceOrAdd(name: .contentType, value: "application/json")
        let data = try body.map { try JSONSerialization.data(withJSONObject: $0) }
        return try await send(method, path, headers: all, body: data.map { ByteBuffer(data: $0) })
    }

    /// Sends a body exactly as given: for bodies no encoder would write.
    @discardableResult
    func raw(_ method: HTTPMethod, _ path: String, _ body: String, contentType: String = "application/json") async throws -> LiveServer.Answer {
        try await send(method, path, headers: [HTTPHeaders.Name.contentType.description: contentType], body: ByteBuffer(string: body))
    }

    /// Logs in through the login form, as a person would.
    @discardableResult
    func login(_ account: String, password: String = TestWorld.password) async throws -> LiveServer.Answer {
        try await get("/login")
        return try await post("/login", form: ["account": account, "password": password])
    }

    /// Logs in through the API and keeps the bearer token.
    func apiLogin(_ account: String, password: String = TestWorld.password) async throws -> LiveServer.Answer {
        let response = try await json(.POST, "/api/v1/session", ["account": account, "password": password])
        if response.status == .created, let object = try? JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any] {
            bearer = object["token"] as? String
        }
        return response
    }

    /// The token of the current session, read from a page's form like a browser would.
    func csrfToken() async throws -> String {
        let page = try await get("/login").body.string
        if let token = Browser.hiddenCSRF(in: page) { return token }
        return cookies["zhibu_csrf"] ?? ""
    }

    static func hiddenCSRF(in html: String) -> String? {
        guard let range = html.range(of: "name=\"_csrf\" value=\"") else { return nil }
        let rest = html[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    private func send(_ method: HTTPMethod, _ path: String, headers: HTTPHeaders, body: ByteBuffer?) async throws -> LiveServer.Answer {
        var all = headers
        if !cookies.isEmpty { all.replaceOrAdd(name: .cookie, value: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")) }
        if let bearer, all[.authorization].isEmpty { all.bearerAuthorization = BearerAuthorization(token: bearer) }
        let response = try await LiveServer.send(app, method, path, headers: all, body: body)
        for header in response.headers[.setCookie] { remember(header) }
        return response
    }

    private func remember(_ header: String) {
        let pair = header.split(separator: ";", maxSplits: 1)[0].split(separator: "=", maxSplits: 1)
        guard pair.count == 2 else { return }
        let name = String(pair[0]).trimmingCharacters(in: .whitespaces), value = String(pair[1])
        if value.isEmpty || header.contains("Expires=Thu, 01 Jan 1970") { cookies[name] = nil } else { cookies[name] = value }
    }

    private func escape(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? ""
    }
}
