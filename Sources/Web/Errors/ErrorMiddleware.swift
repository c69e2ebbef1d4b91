import Domain
import Plot
import Vapor

/// Turns every error into a response that keeps the real status: JSON `{error, reason}` under /api,
/// a page in the user's language elsewhere. A page that needs a login sends the browser to log in.
struct ErrorMiddleware: Middleware {
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        next.respond(to: request).flatMapErrorThrowing { error in try answer(error, request) }
    }

    private func answer(_ error: any Error, _ request: Request) throws -> Response {
        let failure = Failure(error, locale: request.locale)
        log(failure, error, request)
        if request.isAPI { return try failure.json() }
        if failure.status == .unauthorized {
            // A page opened from a link (a meeting's QR code) comes back with its query after the login.
            let back = request.method == .GET ? request.url.query.map { request.url.path + "?" + $0 } : nil
            return request.redirect(to: SiteRoute.login(next: back ?? request.url.path).path)
        }
        let page = ErrorPage.render(status: failure.status, message: failure.reason, context: PageContext(request))
        return try page.response(status: failure.status)
    }

    private func log(_ failure: Failure, _ error: any Error, _ request: Request) {
        let line: Logger.Message = "\(request.method) \(request.url.path) -> \(failure.status.code) \(failure.code)"
        if failure.status.code >= 500 {
            request.logger.critical("\(line): \(String(reflecting: error))")
        } else {
            request.logger.info(line)
        }
    }
}

/// An error reduced to what a client may see: never a stack, a file or a line.
struct Failure {
    var status: HTTPResponseStatus
    var code: String
    var reason: String
    var field: String?

    init(_ error: any Error, locale: Message.Locale) {
        let strings = locale == .en ? Strings.en : Strings.zh
        switch error {
        case let domain as DomainError:
            status = domain.status; code = domain.code; reason = domain.message(locale); field = domain.field
        case is CSRFError:
            status = .forbidden; code = "csrf"; reason = strings.csrfRefused
        case let decoding as DecodingError:
            status = .badRequest; code = "bad_request"; reason = decoding.message.text(locale); field = decoding.field
        case let abort as any AbortError:
            status = abort.status
            code = abort.status.reasonPhrase.lowercased().replacingOccurrences(of: " ", with: "_")
            reason = abort.status.code < 500 && !abort.reason.isEmpty && locale == .en ? abort.reason : strings.errorExplanation(Int(abort.status.code))
        default:
            status = .internalServerError; code = "internal"; reason = strings.errorExplanation(500)
        }
    }

    func json() throws -> Response {
        let response = Response(status: status)
        try response.content.encode(APIError(error: code, reason: reason, field: field))
        return response
    }
}

struct APIError: Content {
    var error: String
    var reason: String
    var field: String?
}
