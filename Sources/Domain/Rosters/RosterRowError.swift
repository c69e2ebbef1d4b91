/// Why one row was refused: the spreadsheet row, the column at fault where there is one, and what to fix.
public struct RosterRowError: Error, Equatable, Sendable {
    /// The 1-based row number the user sees in the spreadsheet program.
    public var rowNumber: Int
    public var field: RosterField?
    public var message: Message

    public init(rowNumber: Int, field: RosterField?, message: Message) {
        self.rowNumber = rowNumber
        self.field = field
        self.message = message
    }

    /// Takes over a domain rule's refusal, pointing at the column behind the draft field it names.
    init(rowNumber: Int, error: any Error, fallback: RosterField?) {
        self.rowNumber = rowNumber
        guard case let DomainError.invalid(name, text)? = error as? DomainError else {
            field = fallback
            message = Message(zh: "无法读取该行", en: "This row could not be read")
            return
        }
        field = name.flatMap(RosterRowError.field(forDraftField:)) ?? fallback
        message = text
    }

    /// Draft fields (and the stage names that StageRules reports) → the roster column they come from.
    static func field(forDraftField name: String) -> RosterField? {
        if let field = RosterField(rawValue: name) { return field }
        switch Stage(rawValue: name) {
        case .application: return .applicationDate
        case .activist: return .activistDate
        case .developmentCandidate: return .candidateDate
        case .probationary: return .probationaryDate
        case .full: return .fullDate
        case nil: return nil
        }
    }
}
