import Vapor

/// Security headers on every response, errors included. Personal data must not be cached anywhere.
/// A future-based middleware: it never waits, and on the hot paths every async hop costs throughput.
struct SecurityHeadersMiddleware: Middleware {
    static let contentSecurityPolicy = [
        "default-src 'self'", "img-src 'self' data:", "style-src 'self'", "script-src 'self'",
        "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'",
    ].joined(separator: "; ")

    static let headers = [
        ("Content-Security-Policy", contentSecurityPolicy),
        ("X-Content-Type-Options", "nosniff"),
        ("X-Frame-Options", "DENY"),
        ("Referrer-Policy", "same-origin"),
        ("Permissions-Policy", "camera=(self), geolocation=(), microphone=()"),
    ]

    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        next.respond(to: request).map { response in Self.secure(response, for: request) }
    }

    private static func secure(_ response: Response, for request: Request) -> Response {
        // Added, not replaced: no handler sets these, and replacing searched the headers six times per response.
        for (name, value) in headers { response.headers.add(name: name, value: value) }
        if !request.isUnder("assets") {
            response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        }
        if request.isSecure {
            response.headers.replaceOrAdd(name: "Strict-Transport-Security", value: "max-age=31536000")
        }
        return response
    }
}
