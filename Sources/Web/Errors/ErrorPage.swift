import Plot
import Vapor

/// The page of an error: its real status, a sentence in the user's language, a way back.
enum ErrorPage {
    static func render(status: HTTPResponseStatus, message: String, context: PageContext) -> HTML {
        let s = context.strings
        return Layout.page(s.errorTitle(Int(status.code)), context, .div(.class("card"),
            .p(.class("error"), .text(message)),
            .p(.a(.href(context.actor == nil ? SiteRoute.login(next: nil).path : SiteRoute.home.path),
                  .text(context.actor == nil ? s.loginTitle : s.backHome)))))
    }
}
