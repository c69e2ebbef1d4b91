import Domain
import FluentKit
import Foundation

final class TransferRecord: Model, @unchecked Sendable {
    static let schema = "transfers"
    @ID(key: .id) var id: UUID?
    @Field(key: "school_id") var schoolID: UUID
    @Field(key: "person_id") var personID: UUID
    @OptionalField(key: "from_organization_id") var fromOrganizationID: UUID?
    @Field(key: "to_organization_id") var toOrganizationID: UUID
    @Field(key: "date") var date: String
    @Field(key: "reason") var reason: String
    @Field(key: "recorded_by") var recordedBy: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    var domain: Transfer {
        Transfer(id: .init(id!), personID: .init(personID), fromOrganizationID: fromOrganizationID.map { .init($0) },
                 toOrganizationID: .init(toOrganizationID), date: LocalDate(iso: date) ?? LocalDate(year: 2000, month: 1, day: 1)!,
                 reason: reason, recordedAt: createdAt ?? Date(timeIntervalSince1970: 0))
    }
}
