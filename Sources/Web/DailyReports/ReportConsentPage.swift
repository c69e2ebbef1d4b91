import Domain
import Plot
import Vapor

/// The separate consent to health questions (敏感个人信息): granting and withdrawing it from the student's page.
/// The store audits both; the browser goes back to today's report, whose questions follow the consent in force.
enum ReportConsentPage {
    @Sendable static func grant(_ request: Request) async throws -> Response {
        try await request.stores.healthConsents.grant(context: try request.auditContext)
        return request.redirect(to: DailyReportRoute.today(.consentGranted).path, redirectType: .normal)
    }

    @Sendable static func revoke(_ request: Request) async throws -> Response {
        try await request.stores.healthConsents.revoke(context: try request.auditContext)
        return request.redirect(to: DailyReportRoute.today(.consentRevoked).path, redirectType: .normal)
    }
}

/// The two small boxes of the student's page: the offer to consent, and the way to withdraw with what it means.
enum ReportConsentBox {
    static func offer(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        return .div(.class("card consent"),
                    .h2(.text(s.reportConsentTitle)),
                    .p(.text(s.reportConsentText)),
                    .form(.method(.post), .action(DailyReportRoute.consent.path), .class("inline"),
                          Form.csrf(context.csrfToken),
                          .button(.type(.submit), .text(s.reportConsentGrant))),
                    .p(.class("meta"), .text(s.reportConsentLater)))
    }

    static func revoke(_ context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        return .div(.class("card consent"),
                    .p(.text(s.reportConsentActive)),
                    .p(.class("meta"), .text(s.reportConsentRevokeHint)),
                    .form(.method(.post), .action(DailyReportRoute.revokeConsent.path), .class("inline"),
                          Form.csrf(context.csrfToken),
                          .button(.type(.submit), .class("secondary"), .text(s.reportConsentRevoke))))
    }
}
