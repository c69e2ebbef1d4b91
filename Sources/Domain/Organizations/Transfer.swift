import Foundation
import Tagged

/// 组织关系转接: a member's record moved from one organisation to another, kept as history.
public struct Transfer: Identifiable, Equatable, Sendable {
    public typealias ID = Tagged<Transfer, UUID>
    public var id: ID
    public var personID: Person.ID
    public var fromOrganizationID: Organization.ID?
    public var toOrganizationID: Organization.ID
    public var date: LocalDate
    public var reason: String
    public var recordedAt: Date

    public init(id: ID, personID: Person.ID, fromOrganizationID: Organization.ID?, toOrganizationID: Organization.ID,
                date: LocalDate, reason: String, recordedAt: Date) {
        self.id = id; self.personID = personID; self.fromOrganizationID = fromOrganizationID
        self.toOrganizationID = toOrganizationID; self.date = date; self.reason = reason; self.recordedAt = recordedAt
    }
}
