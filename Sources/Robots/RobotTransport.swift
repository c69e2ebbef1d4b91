import AsyncHTTPClient
import NIOCore
import NIOHTTP1

/// Sends a robot request and answers the HTTP status and body. Tests use a fake.
public protocol RobotTransport: Sendable {
    func send(_ request: RobotRequest) async throws -> (status: Int, body: [UInt8])
}

/// The real transport, over AsyncHTTPClient's shared client. A robot that hangs costs at most `timeout`;
/// the outbox retries it later.
public struct HTTPRobotTransport: RobotTransport {
    public var timeout: TimeAmount

    public init(timeout: TimeAmount = .seconds(10)) { self.timeout = timeout }

    public func send(_ request: RobotRequest) async throws -> (status: Int, body: [UInt8]) {
        var http = HTTPClientRequest(url: request.url)
        http.method = .POST
        http.headers.add(name: "Content-Type", value: "application/json; charset=utf-8")
        http.body = .bytes(ByteBuffer(bytes: request.body))
        let response = try await HTTPClient.shared.execute(http, timeout: timeout)
        // Robots answer a few hundred bytes; more is not a robot's answer.
        let body = try await response.body.collect(upTo: 64 * 1024)
        return (Int(response.status.code), Array(buffer: body))
    }
}
