import Plot
import Vapor

/// The one adapter from a rendered page to a response.
extension HTML {
    func response(status: HTTPResponseStatus = .ok) throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        return Response(status: status, headers: headers, body: .init(string: render()))
    }
}
