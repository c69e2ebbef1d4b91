/// A ranking of people (or branches) by points in a period. Ties share a rank and the next rank skips
/// ("1, 1, 3": standard competition ranking); names break ties only for the order of display.
public struct PointRanking<Subject: Hashable & Sendable>: Sendable {
    public struct Line: Sendable {
        public var subject: Subject
        public var name: String
        public var points: Int
        public var rank: Int
    }

    public var lines: [Line]

    public init(_ totals: [(subject: Subject, name: String, points: Int)]) {
        let sorted = totals.sorted { ($0.points, $1.name) > ($1.points, $0.name) }
        var lines: [Line] = []
        for (i, t) in sorted.enumerated() {
            let rank = i > 0 && lines[i - 1].points == t.points ? lines[i - 1].rank : i + 1
            lines.append(Line(subject: t.subject, name: t.name, points: t.points, rank: rank))
        }
        self.lines = lines
    }

    public func rank(of subject: Subject) -> Int? { lines.first { $0.subject == subject }?.rank }
}
