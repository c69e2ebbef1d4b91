import Domain
import Persistence
import Vapor

/// Resolves the session cookie or bearer token into the request's Actor, once per request.
/// A session in the cache is answered without leaving the event loop; an aged one costs one read of the session
/// table (is it still live), and only a miss resolves the account, roles and scope from the database.
struct ActorMiddleware: Middleware {
    static let cookieName = "zhibu_session"

    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        guard let (token, kind) = credentials(of: request) else { return next.respond(to: request) }
        let tokenHash = SessionStore.tokenHash(token), cache = request.application.sessionCache
        switch cache.lookup(tokenHash: tokenHash, now: request.now) {
        case .trusted(let cached) where cached.kind == kind:
            request.signedIn = cached
            return next.respond(to: request)
        case .recheck(let cached) where cached.kind == kind:
            return request.eventLoop.makeFutureWithTask {
                if try await request.stores.sessions.resume(token, touches: request.application.sessionTouches) != nil {
                    cache.rechecked(tokenHash: tokenHash, now: request.now)
                    request.signedIn = cached
                } else {
                    cache.forget(tokenHash: tokenHash)
                }
            }.flatMap { next.respond(to: request) }
        default:
            break
        }
        return request.eventLoop.makeFutureWithTask {
            if let session = try await request.stores.sessions.resume(token, touches: request.application.sessionTouches),
               let resolved = try await request.stores.accounts.actor(session.accountID, demoMode: request.zhibu.config.demoMode) {
                let signedIn = SignedIn(actor: resolved.actor, session: session, kind: kind,
                                        mustChangePassword: resolved.mustChangePassword, tokenHash: tokenHash)
                cache.remember(signedIn, tokenHash: tokenHash, now: request.now)
                request.signedIn = signedIn
            }
        }.flatMap { next.respond(to: request) }
    }

    private func credentials(of request: Request) -> (String, SessionStore.Kind)? {
        if let bearer = request.headers.bearerAuthorization?.token { return (bearer, .bearer) }
        if let cookie = request.cookies[ActorMiddleware.cookieName]?.string, !cookie.isEmpty { return (cookie, .cookie) }
        return nil
    }
}

/// Who the request is from, and how it proved it.
struct SignedIn: Sendable {
    var actor: Actor
    var session: SessionStore.Session
    var kind: SessionStore.Kind
    var mustChangePassword: Bool
    /// The key of this session in the session cache, to forget it at logout.
    var tokenHash: String
}

extension Request {
    private struct SignedInKey: StorageKey { typealias Value = SignedIn }

    var signedIn: SignedIn? {
        get { storage[SignedInKey.self] }
        set { storage[SignedInKey.self] = newValue }
    }

    /// The actor of a route that the policy guard let through; such routes always have one.
    var actor: Actor {
        get throws {
            guard let actor = signedIn?.actor else { throw Abort(.unauthorized) }
            return actor
        }
    }

    var isAPI: Bool { isUnder("api") }

    /// Is the request's path under this first segment? Read from the matched route when there is one (the global
    /// middleware runs after routing): `url.path` goes through `URLComponents` each time, a cost on every request.
    func isUnder(_ segment: String) -> Bool {
        guard let first = route?.path.first else { return url.path.hasPrefix("/\(segment)/") }
        if case .constant(let constant) = first { return constant == segment }
        return false
    }

    /// The client's address for the audit trail (the peer; a proxy's X-Forwarded-For is not trusted blindly).
    var clientAddress: String { remoteAddress?.ipAddress ?? "unknown" }

    var auditContext: AuditContext {
        get throws { AuditContext(actor: try actor, address: clientAddress, now: now) }
    }
}
