/// Writes people back out as a roster that `RosterLayout.locate` and `RosterMapper` read again.
/// The member layout follows the fixture's template (学工号, 姓名, … 所在党支部, 党籍状态, the stage dates in its
/// order, 党内职务), so branches can hand it on to systems that expect that template.
public enum RosterExport {
    /// The columns of each roster, in order.
    public static func fields(for kind: RosterKind) -> [RosterField] {
        switch kind {
        case .members:
            [.number, .name, .gender, .idNumber, .branch, .partyStanding, .applicationDate, .activistDate,
             .candidateDate, .probationaryDate, .fullDate, .partyPost, .phone]
        case .students:
            [.number, .name, .gender, .college, .major, .className, .dorm, .politicalStatus, .phone]
        }
    }

    public static func header(for kind: RosterKind, locale: Message.Locale) -> [String] {
        fields(for: kind).map { field in
            // A class roster says 学号: its people are all students.
            if kind == .students, field == .number { return locale == .en ? "Student number" : "学号" }
            return field.label.text(locale)
        }
    }

    /// One person's row, in the order of `header(for:locale:)`. Personal numbers are written as the person
    /// carries them (masked unless the caller unmasked them, with an audit); the names of places are the
    /// caller's, who resolved them in the exporter's scope. Dates are ISO `yyyy-MM-dd`.
    public static func row(_ person: Person, organizationName: String?, className: String?,
                           collegeName: String? = nil, majorName: String? = nil, dormName: String? = nil,
                           for kind: RosterKind, locale: Message.Locale = .zhHans) -> [String] {
        let places: [RosterField: String?] = [
            .branch: organizationName, .className: className, .college: collegeName, .major: majorName, .dorm: dormName,
        ]
        return fields(for: kind).map { field in
            if let place = places[field] { return place ?? "" }
            return value(of: field, for: person, locale: locale)
        }
    }

    private static func value(of field: RosterField, for person: Person, locale: Message.Locale) -> String {
        switch field {
        case .number: person.number
        case .name: person.name
        case .gender: person.gender.map { RosterVocabulary.word(for: $0, locale: locale) } ?? ""
        case .idNumber: person.idNumberMasked ?? ""
        case .phone: person.phoneMasked ?? ""
        case .ethnicity: person.ethnicity ?? ""
        case .birthDate: person.birthDate?.iso ?? ""
        case .politicalStatus: RosterVocabulary.word(for: person.politicalStatus, locale: locale)
        case .partyStanding: RosterVocabulary.standing(for: person.politicalStatus, locale: locale)
        case .applicationDate: person.stages.application?.iso ?? ""
        case .activistDate: person.stages.activist?.iso ?? ""
        case .candidateDate: person.stages.developmentCandidate?.iso ?? ""
        case .probationaryDate: person.stages.probationary?.iso ?? ""
        case .fullDate: person.stages.full?.iso ?? ""
        case .partyPost: person.committeeRole.map { RosterVocabulary.word(for: $0, locale: locale) } ?? ""
        case .kind, .college, .major, .grade, .className, .dorm, .committee, .branch: ""
        }
    }
}
