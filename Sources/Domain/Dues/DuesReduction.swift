import Foundation
import Tagged

/// 少交 / 免交: applied for by the member, discussed by the branch, approved by the committee above. Only an
/// approved one changes what is owed; the earlier steps are kept with who and when.
public struct DuesReduction: Identifiable, Equatable, Sendable {
    public typealias ID = Tagged<DuesReduction, UUID>

    public enum Kind: String, Codable, CaseIterable, Sendable {
        /// 少交: pays `amount` a month instead.
        case reduce
        /// 免交: pays nothing for the months.
        case exempt
    }

    public enum Status: String, Codable, CaseIterable, Sendable { case applied, discussed, approved, refused }

    public var id: ID
    public var schoolID: School.ID
    public var personID: Person.ID
    public var kind: Kind
    /// The monthly amount (分) for 少交; nil for 免交.
    public var amount: Int?
    public var from: YearMonth
    public var to: YearMonth
    public var reason: String
    public var status: Status
    public var appliedBy: String
    public var appliedAt: Date
    /// The branch meeting's day and what it concluded.
    public var discussedOn: LocalDate?
    public var discussionNote: String?
    public var discussedBy: String?
    /// Who approved (login) and the approval's reference (e.g. 党委组织部〔2026〕12号).
    public var approvedBy: String?
    public var approvedAt: Date?
    public var approvalReference: String?

    public init(id: ID, schoolID: School.ID, personID: Person.ID, kind: Kind, amount: Int?, from: YearMonth, to: YearMonth,
                reason: String, status: Status = .applied, appliedBy: String, appliedAt: Date) {
        self.id = id; self.schoolID = schoolID; self.personID = personID; self.kind = kind
        self.amount = kind == .exempt ? nil : amount; self.from = from; self.to = to; self.reason = reason
        self.status = status; self.appliedBy = appliedBy; self.appliedAt = appliedAt
    }

    public func covers(_ month: YearMonth) -> Bool { from <= month && month <= to }

    /// Only an approved reduction changes what is owed.
    public var isInForce: Bool { status == .approved }
}
