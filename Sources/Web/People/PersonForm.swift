import Domain
import Vapor

/// The fields of the person form as posted; turned into a validated draft or field errors.
struct PersonForm: Content {
    var number: String?
    var name: String?
    var gender: String?
    var kind: String?
    var politicalStatus: String?
    var ethnicity: String?
    var birthDate: String?
    var idNumber: String?
    var phone: String?
    var organizationID: String?
    var classID: String?
    var dormID: String?
    var application: String?
    var activist: String?
    var developmentCandidate: String?
    var probationary: String?
    var full: String?
    var committeeRole: String?
    var isDualLeader: String?

    enum CodingKeys: String, CodingKey {
        case number, name, gender, kind, politicalStatus, ethnicity, birthDate, idNumber, phone
        case organizationID, classID, dormID, application, activist
        case developmentCandidate = "development_candidate", probationary, full, committeeRole, isDualLeader
    }

    init() {}

    init(_ p: Person) {
        number = p.number; name = p.name; gender = p.gender?.rawValue; kind = p.kind.rawValue
        politicalStatus = p.politicalStatus.rawValue; ethnicity = p.ethnicity; birthDate = p.birthDate?.iso
        organizationID = p.organizationID?.rawValue.uuidString; classID = p.classID?.rawValue.uuidString
        dormID = p.dormID?.rawValue.uuidString
        for stage in Stage.allCases { self[stage] = p.stages[stage]?.iso }
        committeeRole = p.committeeRole?.rawValue; isDualLeader = p.isDualLeader ? "true" : nil
    }

    subscript(stage: Stage) -> String? {
        get {
            switch stage {
            case .application: application
            case .activist: activist
            case .developmentCandidate: developmentCandidate
            case .probationary: probationary
            case .full: full
            }
        }
        set {
            switch stage {
            case .application: application = newValue
            case .activist: activist = newValue
            case .developmentCandidate: developmentCandidate = newValue
            case .probationary: probationary = newValue
            case .full: full = newValue
            }
        }
    }

    /// The draft this form describes; the first bad field throws a DomainError naming it.
    func draft() throws -> PersonDraft {
        var stages = StageDates()
        for stage in Stage.allCases { stages[stage] = try date(self[stage], field: stage.rawValue) }
        return PersonDraft(
            number: number ?? "", name: name ?? "",
            gender: try choice(gender, field: "gender"), kind: try choice(kind, field: "kind") ?? .student,
            politicalStatus: try choice(politicalStatus, field: "politicalStatus") ?? .masses,
            ethnicity: blank(ethnicity), birthDate: try date(birthDate, field: "birthDate"),
            idNumber: try blank(idNumber).map(IDNumber.init), phone: try blank(phone).map(PhoneNumber.init),
            organizationID: try uuid(organizationID, field: "organizationID").map { .init($0) },
            classID: try uuid(classID, field: "classID").map { .init($0) },
            dormID: try uuid(dormID, field: "dormID").map { .init($0) },
            stages: stages, committeeRole: try choice(committeeRole, field: "committeeRole"),
            isDualLeader: isDualLeader == "true" || isDualLeader == "on")
    }

    private func blank(_ text: String?) -> String? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        return text
    }

    private func date(_ text: String?, field: String) throws -> LocalDate? {
        guard let text = blank(text) else { return nil }
        guard let date = LocalDate(iso: text) else {
            throw DomainError.invalid(field: field, message: Message(zh: Strings.zh.invalidDate, en: Strings.en.invalidDate))
        }
        return date
    }

    private func choice<T: RawRepresentable>(_ text: String?, field: String) throws -> T? where T.RawValue == String {
        guard let text = blank(text) else { return nil }
        guard let value = T(rawValue: text) else {
            throw DomainError.invalid(field: field, message: Message(zh: Strings.zh.invalidChoice, en: Strings.en.invalidChoice))
        }
        return value
    }

    private func uuid(_ text: String?, field: String) throws -> UUID? {
        guard let text = blank(text) else { return nil }
        guard let id = UUID(uuidString: text) else {
            throw DomainError.invalid(field: field, message: Message(zh: Strings.zh.invalidChoice, en: Strings.en.invalidChoice))
        }
        return id
    }
}
