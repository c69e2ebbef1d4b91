import Domain
import Foundation
import Persistence
import Plot
import QRCode
import Vapor

/// Signing in to a meeting: the secretary opens sign-in and shows the screen (a QR code of a short-lived signed
/// link, refreshed every minute, and a 6-digit code); a member scans it, or types the code, on their phone.
enum SignInController {
    static let endpoints = [
        Endpoint(.POST, "meetings/:id/sign-in-window", .manageMeetings, open),
        Endpoint(.GET, "meetings/:id/screen", .manageMeetings, screen),
        Endpoint(.GET, "sign-in", .signInToMeetings, form),
        Endpoint(.POST, "sign-in", .signInToMeetings, signIn),
    ]

    @Sendable static func open(_ request: Request) async throws -> Response {
        let id: Meeting.ID = try request.id("id")
        _ = try await request.stores.meetings.openSignIn(id, context: try request.auditContext)
        return request.redirect(to: MeetingRoute.screen(id).path, redirectType: .normal)
    }

    @Sendable static func screen(_ request: Request) async throws -> Response {
        let id: Meeting.ID = try request.id("id")
        let scope = try request.actor.scope
        let meeting = try await request.stores.meetings.find(id, scope: scope)
        let window = try await request.stores.meetings.currentSignIn(id, scope: scope, now: request.now)
        let link = window.map { absoluteURL(request, MeetingRoute.signInLink(id, token: $0.linkToken).path) }
        let s = request.strings, context = PageContext(request), zone = try await request.schoolTimeZone()
        let content: Node<HTML.BodyContext> = .div(.class("card screen"),
            .unwrap(window, { window in
                .group(
                    .div(.class("qr"), .raw((try? QRCode(link ?? "", correction: .medium).svg(moduleSize: 8, quietZone: 4, title: s.signInTitle)) ?? "")),
                    .p(.class("code"), .text(s.signInCode + "："), .strong(.id("sign-in-code"), .text(window.code))),
                    .p(.text(s.signInScanHint)),
                    .p(.class("hint"), .text(s.signInValidUntil(LocalDateTime.display(window.codeExpiresAt, in: zone)))))
            }, else: .form(.method(.post), .action(MeetingRoute.openSignIn(id).path), Form.csrf(context.csrfToken),
                           .button(.type(.submit), .text(s.openSignIn)))),
            .p(.a(.href(MeetingRoute.meeting(id).path), .text(s.back))))
        // The page reloads every minute so the QR code always carries a fresh link.
        return try Layout.page(meeting.topic, context, content, refreshSeconds: window == nil ? nil : 60).response()
    }

    @Sendable static func form(_ request: Request) async throws -> Response {
        let meeting: String? = request.query[String.self, at: "m"], token: String? = request.query[String.self, at: "t"]
        return try page(request, link: meeting.flatMap { m in token.map { (m, $0) } }, code: "", outcome: nil, error: nil)
    }

    struct Submission: Content { var code: String?; var m: String?; var t: String? }

    @Sendable static func signIn(_ request: Request) async throws -> Response {
        let form = try request.content.decode(Submission.self)
        let context = try request.auditContext
        do {
            let outcome: SignIn.Outcome, id: Meeting.ID
            if let m = form.m, let t = form.t {
                guard let uuid = UUID(uuidString: m) else { throw SignIn.expiredLink }
                id = .init(uuid)
                outcome = try await request.stores.meetings.signIn(id, linkToken: t, context: context)
            } else {
                (id, outcome) = try await request.stores.meetings.signIn(code: form.code ?? "", context: context)
            }
            let meeting = try await request.stores.meetings.find(id, scope: context.actor.scope)
            return try page(request, link: nil, code: "", outcome: (outcome, meeting), error: nil)
        } catch let error as DomainError where error.status == .unprocessableEntity {
            return try page(request, link: nil, code: form.code ?? "", outcome: nil, error: error, status: .unprocessableEntity)
        }
    }

    /// One small page for every step, so that a phone needs as few loads as possible.
    private static func page(_ request: Request, link: (String, String)?, code: String, outcome: (SignIn.Outcome, Meeting)?,
                             error: DomainError?, status: HTTPResponseStatus = .ok) throws -> Response {
        let s = request.strings, context = PageContext(request)
        let content: Node<HTML.BodyContext> = .div(.class("card narrow"),
            .unwrap(outcome) { outcome, meeting in
                .div(.class("ok big"), .id("sign-in-result"), .p(.strong(.text(s.text(outcome.message)))), .p(.text(meeting.topic)))
            },
            Form.errorSummary(error.map { $0.message(s.locale) }),
            .unwrap(link, { m, t in
                .form(.method(.post), .action("/sign-in"), Form.csrf(context.csrfToken),
                      .input(.type(.hidden), .name("m"), .value(m)), .input(.type(.hidden), .name("t"), .value(t)),
                      .button(.type(.submit), .class("big"), .text(s.confirmSignIn)))
            }, else: .if(outcome == nil, .form(.method(.post), .action("/sign-in"), Form.csrf(context.csrfToken),
                Form.text(s.enterCode, name: "code", value: code, required: true, error: error?.field == "code" ? error!.message(s.locale) : nil),
                .button(.type(.submit), .class("big"), .text(s.signInButton))))),
            .p(.a(.href(MeetingRoute.mine.path), .text(s.myMeetings))))
        return try Layout.page(s.signInTitle, context, content).response(status: status)
    }

    /// The address a phone can open: the configured public base URL, else the host the browser used.
    static func absoluteURL(_ request: Request, _ path: String) -> String {
        if let base = request.zhibu.config.publicBaseURL { return base + path }
        let host = request.headers.first(name: .host) ?? "127.0.0.1:8080"
        let scheme = request.headers.first(name: "X-Forwarded-Proto") ?? "http"
        return "\(scheme)://\(host)\(path)"
    }
}
