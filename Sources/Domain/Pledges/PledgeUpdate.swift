import Foundation
import Tagged

/// A report by the pledge's owner: progress along the way, or the fulfilment at the end, with its evidence.
public struct PledgeUpdate: Identifiable, Equatable, Sendable {
    public typealias ID = Tagged<PledgeUpdate, UUID>
    public enum Kind: String, Codable, CaseIterable, Sendable { case progress, fulfilment }

    public var id: ID
    public var pledgeID: Pledge.ID
    public var kind: Kind
    public var report: PledgeReport
    public var createdAt: Date

    public init(id: ID, pledgeID: Pledge.ID, kind: Kind, report: PledgeReport, createdAt: Date) {
        self.id = id; self.pledgeID = pledgeID; self.kind = kind; self.report = report; self.createdAt = createdAt
    }
}

/// The words of a report and its evidence: links or file names, one per line.
public struct PledgeReport: Equatable, Sendable {
    public var text: String
    public var evidence: [String]

    public init(text: String, evidence: [String] = []) { self.text = text; self.evidence = evidence }

    public static let textLimit = 2_000
    public static let evidenceLimit = 20
    public static let evidenceItemLimit = 300

    /// Evidence as typed in a text area: one item per line, blank lines dropped.
    public static func evidence(lines: String) -> [String] {
        lines.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Trimmed and checked; a fulfilment needs evidence, a progress report may come without.
    public func validated(fulfilment: Bool) throws -> PledgeReport {
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let evidence = evidence.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        if text.isEmpty || text.count > Self.textLimit {
            throw DomainError.invalid(field: "text", message: Message(
                zh: "请填写情况说明（不超过\(Self.textLimit)字）", en: "Describe what was done (at most \(Self.textLimit) characters)"))
        }
        if fulfilment && evidence.isEmpty {
            throw DomainError.invalid(field: "evidence", message: Message(
                zh: "报告履诺情况需附佐证材料（链接或文件名，每行一项）", en: "A fulfilment report needs evidence (links or file names, one per line)"))
        }
        if evidence.count > Self.evidenceLimit || evidence.contains(where: { $0.count > Self.evidenceItemLimit }) {
            throw DomainError.invalid(field: "evidence", message: Message(
                zh: "佐证材料最多\(Self.evidenceLimit)项，每项不超过\(Self.evidenceItemLimit)字",
                en: "At most \(Self.evidenceLimit) items of evidence, each at most \(Self.evidenceItemLimit) characters"))
        }
        return PledgeReport(text: text, evidence: evidence)
    }
}
