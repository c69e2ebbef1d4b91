import Domain
import Vapor

/// The body of `POST /api/v1/people` (all required fields) and `PATCH /api/v1/people/{id}` (any subset).
struct PersonPatch: Content {
    var number: String?
    var name: String?
    var gender: Person.Gender?
    var kind: Person.Kind?
    var politicalStatus: PoliticalStatus?
    var ethnicity: String?
    var birthDate: LocalDate?
    var idNumber: String?
    var phone: String?
    var organizationID: UUID?
    var classID: UUID?
    var dormID: UUID?
    var stages: StageDates?
    var committeeRole: CommitteeRole?
    var isDualLeader: Bool?

    /// The draft that results from applying this patch to `base` (an empty draft when creating).
    func applied(to base: PersonDraft) throws -> PersonDraft {
        var d = base
        if let number { d.number = number }
        if let name { d.name = name }
        if let gender { d.gender = gender }
        if let kind { d.kind = kind }
        if let politicalStatus { d.politicalStatus = politicalStatus }
        if let ethnicity { d.ethnicity = ethnicity }
        if let birthDate { d.birthDate = birthDate }
        if let idNumber { d.idNumber = try IDNumber(idNumber) }
        if let phone { d.phone = try PhoneNumber(phone) }
        if let organizationID { d.organizationID = .init(organizationID) }
        if let classID { d.classID = .init(classID) }
        if let dormID { d.dormID = .init(dormID) }
        if let stages { d.stages = stages }
        if let committeeRole { d.committeeRole = committeeRole }
        if let isDualLeader { d.isDualLeader = isDualLeader }
        return d
    }
}

extension PersonDraft {
    /// The draft of an existing person; personal numbers stay as stored unless a patch names them.
    init(_ p: Person) {
        self.init(number: p.number, name: p.name, gender: p.gender, kind: p.kind, politicalStatus: p.politicalStatus,
                  ethnicity: p.ethnicity, birthDate: p.birthDate, organizationID: p.organizationID, classID: p.classID,
                  dormID: p.dormID, stages: p.stages, committeeRole: p.committeeRole, isDualLeader: p.isDualLeader)
    }
}
