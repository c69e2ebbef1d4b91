/// One rule of RULES.md §1 as data: at least `count` meetings of `kind` in every `unit`, for every
/// organisation of `appliesTo`. A school may make a rule stricter; the source says where it comes from.
public struct MeetingRequirement: Codable, Hashable, Sendable {
    public var kind: MeetingKind
    public var unit: Period.Unit
    public var count: Int
    public var appliesTo: Organization.Kind
    public var sourceZh: String
    public var sourceEn: String

    public init(kind: MeetingKind, unit: Period.Unit, count: Int = 1, appliesTo: Organization.Kind = .branch,
                sourceZh: String, sourceEn: String) {
        self.kind = kind; self.unit = unit; self.count = count; self.appliesTo = appliesTo
        self.sourceZh = sourceZh; self.sourceEn = sourceEn
    }

    public var source: Message { Message(zh: sourceZh, en: sourceEn) }

    /// "支委会 每月至少1次（《中国共产党支部工作条例（试行）》）"
    public var summary: Message {
        Message(zh: "\(kind.label.zh) \(unit.label.zh)至少\(count)次（\(sourceZh)）",
                en: "\(kind.label.en): at least \(count) \(unit.label.en) (\(sourceEn))")
    }
}
