import Foundation

/// What a robot's answer means for the outbox: done, try again later, or stop trying.
public enum RobotReply: Equatable, Sendable {
    case delivered
    /// Throttled or a passing fault (WeCom 45009, DingTalk 130101, HTTP 429/5xx, no connection): retry with backoff.
    case retryLater(String)
    /// The robot refused the message for good (bad key, keyword or signature refused, 4xx): retrying cannot help.
    case rejected(String)

    /// Reads an HTTP answer. WeCom and DingTalk answer errors as HTTP 200 with `errcode`; Feishu uses `code`
    /// (and may send its rate limit with HTTP 400), so the body's code is read before the status decides.
    public init(kind: RobotKind, status: Int, body: [UInt8]) {
        let answer = RobotReply.Answer(body)
        let said = answer.flatMap { a in a.code.map { "\($0) \(a.message ?? "")" } }
        if status == 429 || (500...599).contains(status) {
            self = .retryLater("HTTP \(status)")
        } else if let code = answer?.code, kind.retryableCodes.contains(code) {
            self = .retryLater(said ?? "")
        } else if !(200...299).contains(status) {
            self = .rejected("HTTP \(status)" + (said.map { " " + $0 } ?? ""))
        } else if let code = answer?.code {
            self = code == 0 ? .delivered : .rejected(said ?? "")
        } else {
            // A 200 that is not the robot's JSON: a captive portal or a proxy's page. Worth another try.
            self = .retryLater("HTTP \(status) without an error code")
        }
    }

    /// The send never got an answer (no connection, timeout): the message may be retried.
    public static func unanswered(_ error: any Error) -> RobotReply {
        .retryLater("no answer: \(String(describing: error).prefix(200))")
    }

    /// The `errcode`/`code` and message of a robot's JSON answer.
    struct Answer {
        var code: Int?
        var message: String?

        init?(_ body: [UInt8]) {
            guard let object = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any] else { return nil }
            code = (object["errcode"] ?? object["code"] ?? object["StatusCode"]) as? Int
            message = ((object["errmsg"] ?? object["msg"] ?? object["StatusMessage"]) as? String).map { String($0.prefix(200)) }
        }
    }
}

extension RobotKind {
    /// Codes that mean "not now": rate limits and "system busy" (-1). Every other non-zero code stops the message
    /// (e.g. WeCom 93000 bad key, DingTalk 310000 keyword/signature/IP refused).
    var retryableCodes: Set<Int> {
        switch self {
        case .wecom: [-1, 45009]
        case .dingtalk: [-1, 130101]
        case .feishu: [11232]
        }
    }
}
