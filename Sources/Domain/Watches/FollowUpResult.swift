/// What the counsellor found: the student's state at this follow-up.
public enum FollowUpResult: String, Codable, CaseIterable, Sendable {
    /// 好转
    case improved
    /// 平稳
    case stable
    /// 加重: the counsellor should escalate (心理中心, 校医院) outside this log.
    case worse
    /// 已恢复正常: usually followed by closing the watch.
    case recovered
    /// 未联系上
    case unreachable
}
