import Domain
import Vapor

/// Picks the page language: `?lang=` (remembered in a cookie), else the cookie, else Simplified Chinese.
struct LocaleMiddleware: Middleware {
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        // Decoding the query costs every request; most have no `lang` in it.
        let asked = request.url.query?.contains("lang=") == true
            ? request.query[String.self, at: "lang"].flatMap(Message.Locale.init(rawValue:)) : nil
        request.locale = asked ?? request.cookies["lang"].flatMap { Message.Locale(rawValue: $0.string) } ?? .zhHans
        return next.respond(to: request).map { response in
            if let asked {
                response.cookies["lang"] = HTTPCookies.Value(string: asked.rawValue, maxAge: 365 * 24 * 3600, path: "/",
                                                             isHTTPOnly: true, sameSite: .lax)
            }
            return response
        }
    }
}

extension Request {
    private struct LocaleKey: StorageKey { typealias Value = Message.Locale }

    var locale: Message.Locale {
        get { storage[LocaleKey.self] ?? .zhHans }
        set { storage[LocaleKey.self] = newValue }
    }

    /// The string catalog of the request's language.
    var strings: Strings { locale == .en ? .en : .zh }
}
