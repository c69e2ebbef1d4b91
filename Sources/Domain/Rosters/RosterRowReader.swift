/// One data row seen through its layout: the cell of a field, and refusals that name the row and column.
struct RosterRowReader {
    let cells: [RosterCell]
    let rowNumber: Int
    let layout: RosterLayout

    /// The field's cell, or nil when the sheet has no such column or the row stops short of it.
    func cell(_ field: RosterField) -> RosterCell? {
        guard let column = layout.columns[field], cells.indices.contains(column) else { return nil }
        return cells[column]
    }

    /// The field's trimmed text, or nil when there is none.
    func text(_ field: RosterField) -> String? {
        guard let text = cell(field)?.trimmed, !text.isEmpty else { return nil }
        return text
    }

    func has(_ field: RosterField) -> Bool { layout.columns[field] != nil }

    func fail(_ field: RosterField?, zh: String, en: String) -> RosterRowError {
        RosterRowError(rowNumber: rowNumber, field: field, message: Message(zh: zh, en: en))
    }

    /// Runs a domain constructor (IDNumber, PhoneNumber, RosterDate …) and turns its refusal into this row's;
    /// `field` is the column to blame when the refusal names none.
    func attempt<Value>(_ field: RosterField?, _ body: () throws -> Value) throws(RosterRowError) -> Value {
        do {
            return try body()
        } catch {
            throw RosterRowError(rowNumber: rowNumber, error: error, fallback: field)
        }
    }

    func date(_ field: RosterField) throws(RosterRowError) -> LocalDate? {
        guard let text = text(field) else { return nil }
        return try attempt(field) { try RosterDate.parse(text, field: field) }
    }

    /// A word from one of the roster vocabularies; unknown words are refused with the accepted ones named.
    func word<Value>(_ field: RosterField, in table: [String: Value], accepted: Message) throws(RosterRowError) -> Value? {
        guard let text = text(field) else { return nil }
        guard let value = RosterVocabulary.lookup(text, in: table) else {
            throw fail(field, zh: "无法识别的“\(field.label.zh)”：“\(text)”。\(accepted.zh)",
                       en: "\(field.label.en): “\(text)” is not recognised. \(accepted.en)")
        }
        return value
    }
}
