import Foundation

extension Nomination {
    /// The shortlist of a criterion over ranked totals (members or branches of a frozen archive).
    public static func shortlist(_ ranking: PointRanking<UUID>, by criterion: Criterion) -> [Candidate] {
        let lines: [PointRanking<UUID>.Line]
        switch criterion {
        case .top(let n): lines = ranking.lines.filter { $0.rank <= n && $0.points > 0 }
        case .threshold(let min): lines = ranking.lines.filter { $0.points >= min }
        }
        return lines.map { Candidate(id: $0.subject, name: $0.name, points: $0.points, rank: $0.rank) }
    }

    /// Branch totals of an archive: the sum of the counted points of the members each branch had when frozen.
    public static func branchTotals(_ archive: PointArchive, names: [Organization.ID: String]) -> PointRanking<UUID> {
        let sums = Dictionary(grouping: archive.totals.filter { $0.organizationID != nil }, by: { $0.organizationID! })
            .mapValues { $0.reduce(0) { $0 + $1.points } }
        return PointRanking(sums.map { (subject: $0.key.rawValue, name: names[$0.key] ?? "", points: $0.value) })
    }

    public static func memberTotals(_ archive: PointArchive) -> PointRanking<UUID> {
        PointRanking(archive.totals.map { (subject: $0.personID.rawValue, name: $0.name, points: $0.points) })
    }

    /// Validates a new nomination's title and criterion.
    public static func validated(title: String, criterion: Criterion) throws -> String {
        let title = title.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !title.isEmpty, title.count <= 50 else {
            throw DomainError.invalid(field: "title", message: Message(zh: "请填写评选项目（不超过50字）", en: "Name the honour (at most 50 characters)"))
        }
        switch criterion {
        case .top(let n) where !(1...500).contains(n):
            throw DomainError.invalid(field: "value", message: Message(zh: "名额应为1到500", en: "The number must be from 1 to 500"))
        case .threshold(let p) where p < 1:
            throw DomainError.invalid(field: "value", message: Message(zh: "分数线应为正整数", en: "The threshold must be a positive number"))
        default: return title
        }
    }

    /// The committee's final choice: only shortlisted candidates, at least one, with a reason; decided once.
    public func deciding(_ chosen: [UUID], reason: String, by login: String, at now: Date) throws -> Nomination {
        guard !isDecided else {
            throw DomainError.conflict(Message(zh: "该评选已确定人选", en: "The final choice has already been recorded"))
        }
        let listed = Set(shortlist.map(\.id))
        guard !chosen.isEmpty, chosen.allSatisfy(listed.contains) else {
            throw DomainError.invalid(field: "chosen", message: Message(zh: "请从推荐名单中选择至少一个", en: "Choose at least one from the shortlist"))
        }
        var n = self
        n.chosen = shortlist.map(\.id).filter(Set(chosen).contains)
        n.reason = try PointLedger.text(reason, field: "reason")
        n.decidedBy = login; n.decidedAt = now
        return n
    }
}
