/// One data row of a roster, read into a validated draft.
public struct RosterRow: Equatable, Sendable {
    /// The 1-based row number the user sees in the spreadsheet program.
    public var rowNumber: Int
    public var draft: PersonDraft

    public init(rowNumber: Int, draft: PersonDraft) {
        self.rowNumber = rowNumber
        self.draft = draft
    }
}
