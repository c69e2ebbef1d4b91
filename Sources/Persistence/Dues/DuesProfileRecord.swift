import Domain
import FluentKit
import Foundation

/// A row of `dues_profiles`: one member's category and base (分) for one year.
final class DuesProfileRecord: Model, @unchecked Sendable {
    static let schema = "dues_profiles"
    @ID(key: .id) var id: UUID?
    @Field(key: "school_id") var schoolID: UUID
    @Field(key: "person_id") var personID: UUID
    @Field(key: "year") var year: Int
    @Field(key: "category") var category: String
    @Field(key: "monthly_base") var monthlyBase: Int64
    @Field(key: "set_by") var setBy: String
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    var domain: DuesProfile {
        DuesProfile(personID: .init(personID), year: year, category: DuesCategory(rawValue: category) ?? .salaried,
                    monthlyBase: Int(monthlyBase), setBy: setBy, setAt: updatedAt)
    }
}
