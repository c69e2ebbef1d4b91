/// How the counsellor reached the student.
public enum FollowUpMethod: String, Codable, CaseIterable, Sendable {
    /// 电话
    case call
    /// 走访 / 面谈
    case visit
    /// 线上沟通 (WeChat, QQ, SMS)
    case message
    case other
}
