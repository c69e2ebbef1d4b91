/// 群众评议: one person's score of a pledge's fulfilment, 1 to 5; one per person and pledge, changeable.
public enum PledgeRating {
    public static let scores = 1...5

    public static func validated(_ score: Int) throws -> Int {
        guard scores.contains(score) else {
            throw DomainError.invalid(field: "score", message: Message(zh: "评分应为1至5分", en: "The score is 1 to 5"))
        }
        return score
    }
}

/// The ratings of a pledge in sum: integers only, the average in tenths rounded half up (4.25 → 4.3).
public struct PledgeRatingSummary: Equatable, Sendable {
    public var count: Int
    public var sum: Int

    public init(count: Int = 0, sum: Int = 0) { self.count = count; self.sum = sum }

    public init(scores: [Int]) { self.init(count: scores.count, sum: scores.reduce(0, +)) }

    /// The average ×10, or nil without ratings.
    public var averageTenths: Int? {
        guard count > 0 else { return nil }
        return (sum * 20 + count) / (2 * count)
    }

    /// "4.3", or nil without ratings.
    public var averageText: String? {
        averageTenths.map { "\($0 / 10).\($0 % 10)" }
    }
}
