import Foundation

/// What a requester (or a briefing's recorder, for a question raised there) submits.
public struct TicketDraft: Equatable, Sendable {
    public var categoryID: TicketCategory.ID
    public var title: String
    public var body: String
    public var isAnonymous: Bool
    public var isPublishable: Bool
    public var channel: TicketChannel
    public var visitPlace: VisitPlace?
    public var briefingID: Briefing.ID?
    /// For a question answered during a briefing: the answer given there (现场答复), which closes the ticket at once.
    public var answerOnSpot: String?

    public init(categoryID: TicketCategory.ID, title: String, body: String, isAnonymous: Bool = false,
                isPublishable: Bool = true, channel: TicketChannel = .web, visitPlace: VisitPlace? = nil,
                briefingID: Briefing.ID? = nil, answerOnSpot: String? = nil) {
        self.categoryID = categoryID; self.title = title; self.body = body; self.isAnonymous = isAnonymous
        self.isPublishable = isPublishable; self.channel = channel; self.visitPlace = visitPlace
        self.briefingID = briefingID; self.answerOnSpot = answerOnSpot
    }

    public static let titleLimit = 80
    public static let bodyLimit = 2000

    /// Trims the texts and checks them, and that the channel's details fit the channel.
    public func validated() throws -> TicketDraft {
        var draft = self
        draft.title = title.trimmingCharacters(in: .whitespacesAndNewlines)
        draft.body = body.trimmingCharacters(in: .whitespacesAndNewlines)
        draft.answerOnSpot = answerOnSpot?.trimmingCharacters(in: .whitespacesAndNewlines).nilIfEmpty
        if draft.title.isEmpty || draft.title.count > Self.titleLimit {
            throw DomainError.invalid(field: "title", message: Message(
                zh: "请用一句话概括问题（不超过\(Self.titleLimit)字）", en: "Sum the question up in one line (at most \(Self.titleLimit) characters)"))
        }
        if draft.body.isEmpty || draft.body.count > Self.bodyLimit {
            throw DomainError.invalid(field: "body", message: Message(
                zh: "请描述问题（不超过\(Self.bodyLimit)字）", en: "Describe the question (at most \(Self.bodyLimit) characters)"))
        }
        if channel == .visit, visitPlace == nil {
            throw DomainError.invalid(field: "visitPlace", message: Message(zh: "请选择走访场合（七进）", en: "Choose where the visit took place"))
        }
        if channel != .visit { draft.visitPlace = nil }
        if channel == .briefing, briefingID == nil {
            throw DomainError.invalid(field: "briefing", message: Message(zh: "请选择通报会", en: "Choose the briefing"))
        }
        if channel != .briefing { draft.briefingID = nil; draft.answerOnSpot = nil }
        if let answer = draft.answerOnSpot, answer.count > TicketAction.answerLimit {
            throw DomainError.invalid(field: "answerOnSpot", message: Message(
                zh: "答复不超过\(TicketAction.answerLimit)字", en: "An answer may have at most \(TicketAction.answerLimit) characters"))
        }
        return draft
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
