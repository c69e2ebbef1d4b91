/// Reads roster rows into validated person drafts, or says, in both languages, which column is wrong and why.
public enum RosterMapper {
    /// A row with nothing in it (spreadsheets keep formatted empty rows) is skipped by the caller, not refused.
    public static func isBlank(_ cells: [RosterCell]) -> Bool {
        cells.allSatisfy { $0.trimmed.isEmpty }
    }

    /// Blank in every column we read. The fixture's template keeps its 填写注意事项 in a column no field
    /// uses (row 7, under 所在分党委编码); a caller that skips such rows imports the template as handed out.
    public static func isBlank(_ cells: [RosterCell], in layout: RosterLayout) -> Bool {
        layout.columns.values.allSatisfy { column in !cells.indices.contains(column) || cells[column].trimmed.isEmpty }
    }

    /// Maps one data row to a validated draft: `PersonDraft.validated()` runs, so the stage rules apply.
    /// On a sheet without a 学工号 column the draft's number is empty: the caller matches the row by ID number
    /// and keeps the matched person's number.
    public static func map(_ cells: [RosterCell], rowNumber: Int, layout: RosterLayout, kind: RosterKind,
                           places: RosterPlaces) throws(RosterRowError) -> RosterRow {
        let row = RosterRowReader(cells: cells, rowNumber: rowNumber, layout: layout)
        let number = try row.number()
        let gender = try row.gender()
        let idNumber = try row.idNumber()
        let phone = try row.phone()
        let birthDate = try row.date(.birthDate)
        let stages = try row.stages()
        let stated = try row.statedStatus()
        let branch = try row.branch(in: places, required: kind == .members)
        let schoolClass = try row.schoolClass(in: places, required: kind == .students)
        let dorm = try row.dorm(in: places, schoolClass: schoolClass)
        let draft = PersonDraft(
            number: number ?? "", name: row.text(.name) ?? "", gender: gender,
            kind: row.personKind(roster: kind, branch: branch, hasClass: schoolClass != nil),
            // A member roster lists 党员: a row that says nothing else about its status is a full member.
            politicalStatus: stated?.status ?? (kind == .members ? .fullMember : .masses),
            ethnicity: row.text(.ethnicity), birthDate: birthDate, idNumber: idNumber, phone: phone,
            organizationID: branch?.id, classID: schoolClass?.id, dormID: dorm?.id,
            stages: stages, committeeRole: row.committeeRole())
        var validated = try validate(draft, row: row)
        validated.politicalStatus = try settle(stated, derived: validated.politicalStatus, row: row)
        return RosterRow(rowNumber: rowNumber, draft: validated)
    }

    private static func validate(_ draft: PersonDraft, row: RosterRowReader) throws(RosterRowError) -> PersonDraft {
        guard !row.has(.number) else { return try row.attempt(nil) { try draft.validated() } }
        guard let idNumber = draft.idNumber else {
            throw row.fail(.idNumber, zh: "身份证号不能为空：本表没有学工号列，须凭身份证号对应人员",
                           en: "The ID number is required: this sheet has no Number column, so rows are matched by ID number")
        }
        // validated() insists on a number; the ID number stands in for the check and is taken out again.
        var standIn = draft
        standIn.number = idNumber.value
        var checked = try row.attempt(nil) { try standIn.validated() }
        checked.number = ""
        return checked
    }

    /// Reconciles the status the sheet states with the one its dates imply. A stated status ahead of the dates
    /// wins (old records often lack 转正时间 for a 正式党员); one behind dates that make a 党员 is a contradiction
    /// (预备 with a 转正时间, 群众 with an 入党时间). 共青团员 beside an activist's dates is no contradiction:
    /// 政治面貌 has no word for an activist.
    private static func settle(_ stated: StatedStatus?, derived: PoliticalStatus,
                               row: RosterRowReader) throws(RosterRowError) -> PoliticalStatus {
        guard let stated else { return derived }
        if rank(stated.status) > rank(derived) { return stated.status }
        if rank(stated.status) < rank(derived), derived.isPartyMember {
            let said = row.text(stated.field) ?? ""
            throw row.fail(stated.field, zh: "“\(stated.field.label.zh)”填写为“\(said)”，与所填的入党或转正时间不符",
                           en: "\(stated.field.label.en) says “\(said)”, which contradicts the admission or full-membership date")
        }
        return derived
    }

    private static func rank(_ status: PoliticalStatus) -> Int {
        switch status {
        case .masses, .leagueMember: 0
        case .applicant: 1
        case .activist: 2
        case .developmentCandidate: 3
        case .probationaryMember: 4
        case .fullMember: 5
        }
    }
}
