import Domain
import Vapor

/// What every page's layout needs from the request, as a plain value so views stay pure.
struct PageContext: Sendable {
    var strings: Strings
    var actor: Actor?
    var csrfToken: String
    var demoMode: Bool
    var path: String

    init(_ request: Request) {
        strings = request.strings
        actor = request.signedIn?.actor
        csrfToken = request.csrfToken
        demoMode = request.application.zhibuIfConfigured?.config.demoMode ?? false
        path = request.url.path
    }

    init(strings: Strings, actor: Actor?, csrfToken: String, demoMode: Bool, path: String) {
        self.strings = strings; self.actor = actor; self.csrfToken = csrfToken; self.demoMode = demoMode; self.path = path
    }

    func may(_ permission: Permission) -> Bool { actor?.may(permission) ?? false }
}
