import Crypto
import Foundation
import Persistence
import Vapor

/// Every form carries a token tied to the session (or, before login, to a cookie), and a browser's
/// Origin must be this site. Bearer-token API calls carry no ambient credentials and need neither.
struct CSRFMiddleware: Middleware {
    static let cookieName = "zhibu_csrf"
    static let fieldName = "_csrf"

    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        // Before login the token lives in a cookie, minted only when a page first asks for it (a form):
        // assets, health checks and API calls never pay for one.
        request.storage[CSRFKey.self] = CSRFToken(
            value: request.signedIn?.session.csrfToken ?? request.cookies[CSRFMiddleware.cookieName]?.string)
        var checked = request.eventLoop.makeSucceededVoidFuture()
        if ![.GET, .HEAD, .OPTIONS].contains(request.method) && request.signedIn?.kind != .bearer {
            // A large upload arrives in several reads; the form's token can only be read once it is all here.
            if request.body.data == nil && request.headers.first(name: "X-CSRF-Token") == nil {
                checked = request.body.collect(max: request.application.routes.defaultMaxBodySize.value).map { _ in }
            }
            checked = checked.flatMapThrowing {
                guard originMatches(request), let given = submittedToken(of: request),
                      constantTimeEquals(given, request.csrfToken) else { throw CSRFError() }
            }
        }
        return checked.flatMap { next.respond(to: request) }.map { response in
            if let minted = request.storage[CSRFKey.self]?.minted {
                response.cookies[CSRFMiddleware.cookieName] = HTTPCookies.Value(
                    string: minted, path: "/", isSecure: request.isSecure, isHTTPOnly: true, sameSite: .lax)
            }
            return response
        }
    }

    /// JSON clients without a session (logging in) send no token; their Origin, if any, must still match.
    private func submittedToken(of request: Request) -> String? {
        if let header = request.headers.first(name: "X-CSRF-Token") { return header }
        if request.isAPI && request.signedIn == nil { return request.csrfToken }
        return try? request.content.get(String.self, at: CSRFMiddleware.fieldName)
    }

    private func originMatches(_ request: Request) -> Bool {
        guard let origin = request.headers.first(name: .origin), origin != "null" else { return true }
        guard let host = request.headers.first(name: .host) else { return false }
        return URLComponents(string: origin).map { ($0.host ?? "") + ($0.port.map { ":\($0)" } ?? "") } == host
    }

    private func constantTimeEquals(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

struct CSRFError: Error {}

/// The request's token: the session's or the cookie's, or one minted on first use (then set as the cookie).
final class CSRFToken: @unchecked Sendable {
    private(set) var value: String?
    private(set) var minted: String?

    init(value: String?) { self.value = value }

    /// Only the request's own handling reads it, one step after another.
    func current() -> String {
        if let value { return value }
        let fresh = randomToken()
        value = fresh
        minted = fresh
        return fresh
    }
}

private struct CSRFKey: StorageKey { typealias Value = CSRFToken }

extension Request {
    var csrfToken: String { storage[CSRFKey.self]?.current() ?? "" }

    /// Served over https directly or behind a proxy that says so.
    var isSecure: Bool {
        url.scheme == "https" || headers.first(name: "X-Forwarded-Proto") == "https"
    }
}
