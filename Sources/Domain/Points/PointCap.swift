/// The cap arithmetic: how many of an entry's points fit under its rule's daily and monthly caps, given what the
/// member already has by this rule on that day and in that month (acknowledged entries only: pending ones have not
/// been granted, and are measured again when they are approved).
///
/// Decision (documented in docs/points.md): an automatic entry that fits nothing is still recorded, as `capped`
/// with 0 points and the reason, so the member sees why and a retried write finds it; a manual proposal or an
/// approval that would fit nothing is refused with the reason instead, since a person is there to be told.
public struct PointCap: Equatable, Sendable {
    /// Points the entry may add: the requested points reduced to what the caps leave.
    public var points: Int
    /// Why fewer points than requested were granted; nil when the entry fits whole.
    public var reason: Message?

    public static func apply(_ rule: PointRule, requested: Int, earnedToday: Int, earnedThisMonth: Int) -> PointCap {
        let dayLeft = rule.dailyCap.map { max(0, $0 - earnedToday) } ?? Int.max
        let monthLeft = rule.monthlyCap.map { max(0, $0 - earnedThisMonth) } ?? Int.max
        let granted = max(0, min(requested, dayLeft, monthLeft))
        guard granted < requested else { return PointCap(points: requested, reason: nil) }
        let byDay = dayLeft <= monthLeft
        let cap = (byDay ? rule.dailyCap : rule.monthlyCap) ?? 0
        let reason = byDay
            ? Message(zh: "已达“\(rule.name)”每日上限\(cap)分", en: "The daily cap of \(cap) points for \"\(rule.name)\" is reached")
            : Message(zh: "已达“\(rule.name)”每月上限\(cap)分", en: "The monthly cap of \(cap) points for \"\(rule.name)\" is reached")
        return PointCap(points: granted, reason: reason)
    }

    public var isExhausted: Bool { points == 0 }
}
