import Vapor

/// The one stylesheet, served by the app itself: schools' networks block CDNs.
enum AssetsController {
    static let endpoints = [Endpoint(.GET, "assets/app.css", nil, stylesheet)]

    @Sendable static func stylesheet(_ request: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .init(type: "text", subType: "css", parameters: ["charset": "utf-8"])
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=3600")
        return Response(status: .ok, headers: headers, body: .init(string: Stylesheet.css))
    }
}
