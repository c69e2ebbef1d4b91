/// An item a meeting of some kind must contain (规定环节), e.g. 重温入党誓词 on a themed party day.
/// Local practice, not 条例 text: each school keeps its own checklist per kind.
public struct RequiredElement: Codable, Hashable, Sendable, Identifiable {
    /// A stable key stored on meetings, so that renaming an element keeps old records readable.
    public var id: String
    public var zh: String
    public var en: String

    public init(id: String, zh: String, en: String) { self.id = id; self.zh = zh; self.en = en }

    public var label: Message { Message(zh: zh, en: en) }

    public static let renewOath = RequiredElement(id: "renew_oath", zh: "重温入党誓词", en: "Renew the admission oath")
    public static let payDues = RequiredElement(id: "pay_dues", zh: "交纳党费", en: "Pay party dues")
    public static let criticism = RequiredElement(id: "criticism", zh: "开展批评和自我批评", en: "Criticism and self-criticism")
    public static let grading = RequiredElement(id: "grading", zh: "评定党员等次", en: "Grade each member")
}
