/// 条例 Art. 11/12: a general or committee meeting is quorate with more than half of those entitled present;
/// a vote passes with more than half of those entitled (not of those present).
public struct Quorum: Equatable, Sendable {
    public var entitled: Int
    public var present: Int

    public init(entitled: Int, present: Int) { self.entitled = entitled; self.present = present }

    /// The smallest number present that is more than half of those entitled.
    public var needed: Int { entitled / 2 + 1 }
    public var isReached: Bool { entitled > 0 && present >= needed }
    /// Votes a motion needs to pass: more than half of those entitled.
    public var votesToPass: Int { needed }
}
