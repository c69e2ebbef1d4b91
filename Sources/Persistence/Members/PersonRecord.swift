import Domain
import FluentKit
import Foundation

final class PersonRecord: Model, @unchecked Sendable {
    static let schema = "people"
    @ID(key: .id) var id: UUID?
    @Field(key: "school_id") var schoolID: UUID
    @Field(key: "number") var number: String
    @Field(key: "name") var name: String
    @OptionalField(key: "gender") var gender: String?
    @Field(key: "kind") var kind: String
    @Field(key: "political_status") var politicalStatus: String
    @OptionalField(key: "ethnicity") var ethnicity: String?
    @OptionalField(key: "birth_date") var birthDate: String?
    @OptionalField(key: "id_number_cipher") var idNumberCipher: Data?
    @OptionalField(key: "id_number_hash") var idNumberHash: String?
    @OptionalField(key: "id_number_masked") var idNumberMasked: String?
    @OptionalField(key: "phone_cipher") var phoneCipher: Data?
    @OptionalField(key: "phone_hash") var phoneHash: String?
    @OptionalField(key: "phone_masked") var phoneMasked: String?
    @OptionalField(key: "organization_id") var organizationID: UUID?
    @OptionalField(key: "organization_path") var organizationPath: String?
    @OptionalField(key: "class_id") var classID: UUID?
    @OptionalField(key: "grid_path") var gridPath: String?
    @OptionalField(key: "dorm_id") var dormID: UUID?
    @OptionalField(key: "application_date") var applicationDate: String?
    @OptionalField(key: "activist_date") var activistDate: String?
    @OptionalField(key: "candidate_date") var candidateDate: String?
    @OptionalField(key: "probationary_date") var probationaryDate: String?
    @OptionalField(key: "full_date") var fullDate: String?
    @OptionalField(key: "committee_role") var committeeRole: String?
    @Field(key: "is_dual_leader") var isDualLeader: Bool
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    func domain(posts: [Post] = []) -> Person {
        Person(id: .init(id!), schoolID: .init(schoolID), number: number, name: name,
               gender: gender.flatMap(Person.Gender.init(rawValue:)), kind: Person.Kind(rawValue: kind) ?? .staff,
               politicalStatus: PoliticalStatus(rawValue: politicalStatus) ?? .masses, ethnicity: ethnicity,
               birthDate: birthDate.flatMap(LocalDate.init(iso:)), idNumberMasked: idNumberMasked,
               phoneMasked: phoneMasked, organizationID: organizationID.map { .init($0) },
               classID: classID.map { .init($0) }, dormID: dormID.map { .init($0) }, stages: stages,
               committeeRole: committeeRole.flatMap(CommitteeRole.init(rawValue:)),
               isDualLeader: isDualLeader, posts: posts)
    }

    var stages: StageDates {
        StageDates(application: applicationDate.flatMap(LocalDate.init(iso:)),
                   activist: activistDate.flatMap(LocalDate.init(iso:)),
                   developmentCandidate: candidateDate.flatMap(LocalDate.init(iso:)),
                   probationary: probationaryDate.flatMap(LocalDate.init(iso:)),
                   full: fullDate.flatMap(LocalDate.init(iso:)))
    }
}
