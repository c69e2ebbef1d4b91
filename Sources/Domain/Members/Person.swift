import Foundation
import Tagged

/// 师生 / 群众: anyone the system knows, student or staff, with their party record where they have one.
/// Personal numbers appear only masked here; the full value is a separate, audited read.
public struct Person: Identifiable, Equatable, Sendable {
    public typealias ID = Tagged<Person, UUID>
    public var id: ID
    public var schoolID: School.ID
    /// 学工号: kept as text, leading zeros matter.
    public var number: String
    public var name: String
    public var gender: Gender?
    public var kind: Kind
    public var politicalStatus: PoliticalStatus
    public var ethnicity: String?
    public var birthDate: LocalDate?
    public var idNumberMasked: String?
    public var phoneMasked: String?
    public var organizationID: Organization.ID?
    public var classID: GridUnit.ID?
    public var dormID: GridUnit.ID?
    public var stages: StageDates
    public var committeeRole: CommitteeRole?
    public var isDualLeader: Bool
    public var posts: [Post]

    public init(id: ID, schoolID: School.ID, number: String, name: String, gender: Gender? = nil, kind: Kind,
                politicalStatus: PoliticalStatus, ethnicity: String? = nil, birthDate: LocalDate? = nil,
                idNumberMasked: String? = nil, phoneMasked: String? = nil, organizationID: Organization.ID? = nil,
                classID: GridUnit.ID? = nil, dormID: GridUnit.ID? = nil, stages: StageDates = StageDates(),
                committeeRole: CommitteeRole? = nil, isDualLeader: Bool = false, posts: [Post] = []) {
        self.id = id; self.schoolID = schoolID; self.number = number; self.name = name; self.gender = gender
        self.kind = kind; self.politicalStatus = politicalStatus; self.ethnicity = ethnicity; self.birthDate = birthDate
        self.idNumberMasked = idNumberMasked; self.phoneMasked = phoneMasked; self.organizationID = organizationID
        self.classID = classID; self.dormID = dormID; self.stages = stages; self.committeeRole = committeeRole
        self.isDualLeader = isDualLeader; self.posts = posts
    }

    public enum Kind: String, Codable, CaseIterable, Sendable { case student, staff, retired }
    public enum Gender: String, Codable, CaseIterable, Sendable { case male, female }
}
