import Domain
import Persistence
import Plot
import Vapor

/// Logging in and out, and changing one's password, through pages.
enum SessionsController {
    static let endpoints = [
        Endpoint(.GET, "login", nil, loginForm),
        Endpoint(.POST, "login", nil, login),
        Endpoint(.POST, "logout", .viewHome, allowedBeforePasswordChange: true, logout),
        Endpoint(.GET, "password", .viewHome, allowedBeforePasswordChange: true, passwordForm),
        Endpoint(.POST, "password", .viewHome, allowedBeforePasswordChange: true, changePassword),
    ]

    struct LoginForm: Content { var account: String; var password: String; var next: String? }
    struct PasswordForm: Content { var current: String; var password: String; var repeated: String }

    @Sendable static func loginForm(_ request: Request) async throws -> Response {
        let next = request.query[String.self, at: "next"]
        return try LoginPage.render(account: "", next: next, error: nil, context: PageContext(request)).response()
    }

    @Sendable static func login(_ request: Request) async throws -> Response {
        let form = try request.content.decode(LoginForm.self)
        let outcome = try await request.stores.accounts.login(form.account, password: form.password, hasher: request.zhibu.hasher,
                                                             address: request.clientAddress, demoMode: request.zhibu.config.demoMode)
        let s = request.strings
        switch outcome {
        case .refused, .locked:
            let message = outcome == .locked ? s.loginLocked : s.loginRefused
            return try LoginPage.render(account: form.account, next: form.next, error: message, context: PageContext(request))
                .response(status: .unauthorized)
        case .success(let id, let mustChange):
            // A new session at every login: a token planted before login is worthless after it.
            if let old = request.signedIn {
                try await request.stores.sessions.end(old.session.id)
                request.application.sessionCache.forget(tokenHash: old.tokenHash)
            }
            let (token, _) = try await request.stores.sessions.start(for: id, kind: .cookie)
            let target = mustChange ? SiteRoute.password.path : safeNext(form.next)
            let response = request.redirect(to: target, redirectType: .normal)
            response.cookies[ActorMiddleware.cookieName] = HTTPCookies.Value(
                string: token, maxAge: Int(SessionPolicy().absoluteTimeout), path: "/", isSecure: request.isSecure,
                isHTTPOnly: true, sameSite: .lax)
            return response
        }
    }

    /// Only a local path may follow a login: never another site.
    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\") else { return SiteRoute.home.path }
        return next
    }

    @Sendable static func logout(_ request: Request) async throws -> Response {
        let auth = try request.signedIn.orThrow()
        try await request.stores.sessions.end(auth.session.id)
        request.application.sessionCache.forget(tokenHash: auth.tokenHash)
        try await request.stores.accounts.recordLogout(auth.actor, address: request.clientAddress)
        let response = request.redirect(to: SiteRoute.login(next: nil).path, redirectType: .normal)
        response.cookies[ActorMiddleware.cookieName] = HTTPCookies.Value(string: "", expires: Date(timeIntervalSince1970: 0),
                                                                         path: "/", isHTTPOnly: true, sameSite: .lax)
        return response
    }

    @Sendable static func passwordForm(_ request: Request) async throws -> Response {
        let auth = try request.signedIn.orThrow()
        return try PasswordPage.render(mustChange: auth.mustChangePassword, error: nil, done: false,
                                       context: PageContext(request)).response()
    }

    @Sendable static func changePassword(_ request: Request) async throws -> Response {
        let auth = try request.signedIn.orThrow()
        let form = try request.content.decode(PasswordForm.self)
        do {
            guard form.password == form.repeated else {
                throw DomainError.invalid(field: "repeated", message: Message(zh: request.strings.passwordsDiffer, en: Strings.en.passwordsDiffer))
            }
            try await request.stores.accounts.changePassword(auth.actor.accountID, current: form.current, new: form.password,
                                                             hasher: request.zhibu.hasher, address: request.clientAddress)
            try await request.accountChanged(auth.actor.accountID)
        } catch let error as DomainError {
            return try PasswordPage.render(mustChange: auth.mustChangePassword, error: error.message(request.locale), done: false,
                                           context: PageContext(request)).response(status: .unprocessableEntity)
        }
        var context = PageContext(request)
        context.actor = auth.actor
        return try PasswordPage.render(mustChange: false, error: nil, done: true, context: context).response()
    }
}

extension Optional {
    func orThrow() throws -> Wrapped {
        guard let value = self else { throw Abort(.unauthorized) }
        return value
    }
}
