/// Who the row is: number, ID number, phone, gender. The numbers are where spreadsheets do damage.
extension RosterRowReader {
    /// 学工号, kept as text with its leading zeros. Nil when the sheet has no such column (then the row is
    /// matched by ID number instead). A number column that Excel turned into `1.1312E+10` is refused.
    func number() throws(RosterRowError) -> String? {
        guard has(.number) else { return nil }
        guard let cell = cell(.number), let text = text(.number) else {
            throw fail(.number, zh: "学工号不能为空", en: "The number is required")
        }
        let mangled = (cell.isNumber && text.contains { "eE.".contains($0) }) || RosterText.looksScientific(text)
        guard !mangled else {
            throw fail(.number, zh: "学工号“\(text)”被 Excel 按数字保存，已经变形；请将学工号列设为文本格式后重新导出",
                       en: "The number “\(text)” was stored by Excel as a number and is damaged; format the column as text and export again")
        }
        return text
    }

    /// Excel keeps 15 significant digits, so an ID number stored as a number has already lost its last digits.
    /// Such a row is refused, never "repaired": the lost digits cannot be known.
    func idNumber() throws(RosterRowError) -> IDNumber? {
        guard let cell = cell(.idNumber), let text = text(.idNumber) else { return nil }
        // A masked number (our own export writes 110101********1234) carries nothing to import.
        if text.contains("*") { return nil }
        guard !cell.isNumber, !RosterText.looksScientific(text) else {
            throw fail(.idNumber, zh: "身份证号被 Excel 按数字保存，后几位已丢失；请将该列设为文本格式后重新导出",
                       en: "The ID number was stored by Excel as a number and its last digits are lost; format the column as text and export again")
        }
        return try attempt(.idNumber) { try IDNumber(text) }
    }

    /// Phone numbers have 11 digits, which a number cell keeps intact; only its spelling needs undoing.
    func phone() throws(RosterRowError) -> PhoneNumber? {
        guard let text = text(.phone), !text.contains("*") else { return nil }
        let digits = RosterText.plainInteger(text) ?? text
        return try attempt(.phone) { try PhoneNumber(digits) }
    }

    func gender() throws(RosterRowError) -> Person.Gender? {
        try word(.gender, in: RosterVocabulary.genders, accepted: Message(zh: "请填写“男”或“女”。", en: "Use 男 or 女 (male or female)."))
    }
}
