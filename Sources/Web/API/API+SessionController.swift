import Domain
import Persistence
import Vapor

extension API {
    /// `POST /api/v1/session` logs in (cookie and bearer token), `DELETE` logs out, `GET /api/v1/me` says who.
    enum SessionController {
        static let endpoints = [
            Endpoint(.POST, "api/v1/session", nil, create),
            Endpoint(.DELETE, "api/v1/session", .viewHome, allowedBeforePasswordChange: true, delete),
            Endpoint(.GET, "api/v1/me", .viewHome, allowedBeforePasswordChange: true, me),
        ]

        struct LoginRequest: Content { var account: String; var password: String }
        struct SessionResponse: Content { var token: String; var csrfToken: String; var mustChangePassword: Bool; var me: MeResponse }
        struct MeResponse: Content {
            var login: String
            var displayName: String
            var personID: UUID?
            var roles: [String]
            var permissions: [String]
        }

        @Sendable static func create(_ request: Request) async throws -> Response {
            let body = try request.content.decode(LoginRequest.self)
            let outcome = try await request.stores.accounts.login(body.account, password: body.password, hasher: request.zhibu.hasher,
                                                                 address: request.clientAddress, demoMode: request.zhibu.config.demoMode)
            guard case .success(let id, let mustChange) = outcome else {
                let message = outcome == .locked ? Message(zh: Strings.zh.loginLocked, en: Strings.en.loginLocked)
                                                 : Message(zh: Strings.zh.loginRefused, en: Strings.en.loginRefused)
                throw DomainError.unauthenticated(message)
            }
            let (token, session) = try await request.stores.sessions.start(for: id, kind: .bearer)
            guard let actor = try await request.stores.accounts.actor(id, demoMode: request.zhibu.config.demoMode)?.actor else {
                throw DomainError.notFound
            }
            let response = try await SessionResponse(token: token, csrfToken: session.csrfToken, mustChangePassword: mustChange,
                                                     me: me(actor)).json(request, status: .created)
            response.cookies[ActorMiddleware.cookieName] = HTTPCookies.Value(
                string: token, maxAge: Int(SessionPolicy().absoluteTimeout), path: "/", isSecure: request.isSecure,
                isHTTPOnly: true, sameSite: .lax)
            return response
        }

        @Sendable static func delete(_ request: Request) async throws -> Response {
            let auth = try request.signedIn.orThrow()
            try await request.stores.sessions.end(auth.session.id)
            request.application.sessionCache.forget(tokenHash: auth.tokenHash)
            try await request.stores.accounts.recordLogout(auth.actor, address: request.clientAddress)
            let response = Response(status: .noContent)
            response.cookies[ActorMiddleware.cookieName] = HTTPCookies.Value(string: "", expires: Date(timeIntervalSince1970: 0),
                                                                             path: "/", isHTTPOnly: true, sameSite: .lax)
            return response
        }

        @Sendable static func me(_ request: Request) async throws -> Response {
            try await me(try request.actor).json(request)
        }

        static func me(_ actor: Actor) -> MeResponse {
            MeResponse(login: actor.login, displayName: actor.displayName, personID: actor.personID?.rawValue,
                       roles: actor.roles.map(\.rawValue), permissions: Permission.allCases.filter(actor.may).map(\.rawValue))
        }
    }
}
