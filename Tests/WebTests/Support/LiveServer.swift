import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import Vapor

/// Serves the test's app on a free loopback port for the whole test, so that requests travel over real
/// HTTP; the client never follows redirects, so tests see every 303 and every Set-Cookie.
enum LiveServer {
    private struct PortKey: StorageKey { typealias Value = Int }

    static let client = HTTPClient(eventLoopGroup: MultiThreadedEventLoopGroup.singleton,
                                   configuration: .init(redirectConfiguration: .disallow, timeout: .init(connect: .seconds(30), read: .seconds(120))))

    static func port(of app: Application) async throws -> Int {
        if let port = app.storage[PortKey.self] { return port }
        app.http.server.configuration.hostname = "127.0.0.1"
        app.http.server.configuration.port = 0
        try await app.asyncBoot()
        try await app.server.start(address: .hostname("127.0.0.1", port: 0))
        guard let port = app.http.server.shared.localAddress?.port else { throw Abort(.internalServerError, reason: "no port") }
        app.storage[PortKey.self] = port
        return port
    }

    static func stop(_ app: Application) async {
        if app.storage[PortKey.self] != nil { await app.server.shutdown() }
    }

    struct Answer: Sendable {
        var status: HTTPResponseStatus
        var headers: HTTPHeaders
        var body: ByteBuffer
    }

    static func send(_ app: Application, _ method: HTTPMethod, _ path: String, headers: HTTPHeaders, body: ByteBuffer?) async throws -> Answer {
        let port = try await port(of: app)
        var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)\(path)")
        request.method = method
        request.headers = headers
        // A kept-alive connection would hold the server's shutdown at the end of the test.
        request.headers.replaceOrAdd(name: .connection, value: "close")
        if let body { request.body = .bytes(body) }
        let response = try await client.execute(request, timeout: .seconds(120))
        let bytes = try await response.body.collect(upTo: 64 * 1024 * 1024)
        return Answer(status: response.status, headers: response.headers, body: bytes)
    }
}
