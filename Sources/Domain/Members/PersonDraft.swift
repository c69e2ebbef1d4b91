/// What a user submits to create or edit a person: full personal numbers, already validated.
public struct PersonDraft: Equatable, Sendable {
    public var number: String
    public var name: String
    public var gender: Person.Gender?
    public var kind: Person.Kind
    public var politicalStatus: PoliticalStatus
    public var ethnicity: String?
    public var birthDate: LocalDate?
    public var idNumber: IDNumber?
    public var phone: PhoneNumber?
    public var organizationID: Organization.ID?
    public var classID: GridUnit.ID?
    public var dormID: GridUnit.ID?
    public var stages: StageDates
    public var committeeRole: CommitteeRole?
    public var isDualLeader: Bool

    public init(number: String, name: String, gender: Person.Gender? = nil, kind: Person.Kind,
                politicalStatus: PoliticalStatus = .masses, ethnicity: String? = nil, birthDate: LocalDate? = nil,
                idNumber: IDNumber? = nil, phone: PhoneNumber? = nil, organizationID: Organization.ID? = nil,
                classID: GridUnit.ID? = nil, dormID: GridUnit.ID? = nil, stages: StageDates = StageDates(),
                committeeRole: CommitteeRole? = nil, isDualLeader: Bool = false) {
        self.number = number; self.name = name; self.gender = gender; self.kind = kind
        self.politicalStatus = politicalStatus; self.ethnicity = ethnicity; self.birthDate = birthDate
        self.idNumber = idNumber; self.phone = phone; self.organizationID = organizationID; self.classID = classID
        self.dormID = dormID; self.stages = stages; self.committeeRole = committeeRole; self.isDualLeader = isDualLeader
    }

    /// Checks the draft against the rules and settles the political status implied by the stages.
    public func validated() throws -> PersonDraft {
        var draft = self
        draft.number = number.trimmingCharacters(in: .whitespaces)
        draft.name = name.trimmingCharacters(in: .whitespaces)
        guard !draft.number.isEmpty else {
            throw DomainError.invalid(field: "number", message: Message(zh: "学工号不能为空", en: "The number is required"))
        }
        guard !draft.name.isEmpty, draft.name.count <= 50 else {
            throw DomainError.invalid(field: "name", message: Message(zh: "姓名不能为空且不超过50字", en: "The name is required (at most 50 characters)"))
        }
        let birth = birthDate ?? idNumber?.birthDate
        try StageRules.standard.check(draft.stages, birthDate: birth)
        draft.birthDate = birth
        if let stage = draft.stages.latestStage { draft.politicalStatus = stage.politicalStatus }
        if draft.isDualLeader && draft.committeeRole != .secretary {
            throw DomainError.invalid(field: "isDualLeader", message: Message(
                zh: "双带头人须为支部书记", en: "Only a branch secretary can be a dual leader"))
        }
        return draft
    }
}

import Foundation
