import Domain
import Vapor

/// One route: its method, its path pattern, the permission the policy table must grant, and its handler.
/// The whole list drives registration and the role × route tests alike.
public struct Endpoint: Sendable {
    public var method: HTTPMethod
    public var path: String
    /// nil for the few public routes (login, health, assets, the API description).
    public var permission: Permission?
    /// Routes a user who must change their password can still reach.
    public var allowedBeforePasswordChange: Bool
    var handler: @Sendable (Request) async throws -> Response

    init(_ method: HTTPMethod, _ path: String, _ permission: Permission?, allowedBeforePasswordChange: Bool = false,
         _ handler: @escaping @Sendable (Request) async throws -> Response) {
        self.method = method; self.path = path; self.permission = permission
        self.allowedBeforePasswordChange = allowedBeforePasswordChange; self.handler = handler
    }

    public var isAPI: Bool { path.hasPrefix("api/") }
}

/// Lets an endpoint's request through only with an actor whose role the policy table allows.
struct PolicyMiddleware: Middleware {
    let endpoint: Endpoint

    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        guard let permission = endpoint.permission else { return next.respond(to: request) }
        guard let auth = request.signedIn else {
            return request.eventLoop.makeFailedFuture(DomainError.unauthenticated(Message(zh: "请先登录", en: "Please log in")))
        }
        if auth.mustChangePassword && !endpoint.allowedBeforePasswordChange {
            if request.isAPI { return request.eventLoop.makeFailedFuture(Abort(.forbidden, reason: "password_change_required")) }
            return request.eventLoop.makeSucceededFuture(request.redirect(to: SiteRoute.password.path))
        }
        guard auth.actor.may(permission) else { return request.eventLoop.makeFailedFuture(DomainError.forbidden) }
        return next.respond(to: request)
    }
}

extension Application {
    private struct EndpointsKey: StorageKey { typealias Value = [Endpoint] }

    /// Every registered endpoint, for the tests that walk them.
    public var endpoints: [Endpoint] {
        get { storage[EndpointsKey.self] ?? [] }
        set { storage[EndpointsKey.self] = newValue }
    }
}
