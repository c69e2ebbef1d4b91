import Crypto
import Foundation
import Vapor

/// Every form carries a token tied to the session (or, before login, to a cookie), and a browser's
/// Origin must be this site. Bearer-token API calls carry no ambient credentials and need neither.
struct CSRFMiddleware: Middleware {
    static let cookieName = "zhibu_csrf"
    static let fieldName = "_csrf"

    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        let preSession = request.cookies[CSRFMiddleware.cookieName]?.string
        let fresh = request.signedIn == nil && preSession == nil ? CSRFMiddleware.randomToken() : nil
        let expected = request.signedIn?.session.csrfToken ?? preSession ?? fresh!
        request.csrfToken = expected
        var checked = request.eventLoop.makeSucceededVoidFuture()
        if ![.GET, .HEAD, .OPTIONS].contains(request.method) && request.signedIn?.kind != .bearer {
            // A large upload arrives in several reads; the form's token can only be read once it is all here.
            if request.body.data == nil && request.headers.first(name: "X-CSRF-Token") == nil {
                checked = request.body.collect(max: request.application.routes.defaultMaxBodySize.value).map { _ in }
            }
            checked = checked.flatMapThrowing {
                guard originMatches(request), let given = submittedToken(of: request),
                      constantTimeEquals(given, expected) else { throw CSRFError() }
            }
        }
        return checked.flatMap { next.respond(to: request) }.map { response in
            if let fresh {
                response.cookies[CSRFMiddleware.cookieName] = HTTPCookies.Value(
                    string: fresh, path: "/", isSecure: request.isSecure, isHTTPOnly: true, sameSite: .lax)
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

    static func randomToken() -> String {
        SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }.base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }
}

struct CSRFError: Error {}

extension Request {
    private struct CSRFKey: StorageKey { typealias Value = String }

    var csrfToken: String {
        get { storage[CSRFKey.self] ?? "" }
        set { storage[CSRFKey.self] = newValue }
    }

    /// Served over https directly or behind a proxy that says so.
    var isSecure: Bool {
        url.scheme == "https" || headers.first(name: "X-Forwarded-Proto") == "https"
    }
}
