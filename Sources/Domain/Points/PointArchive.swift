import Foundation
import Tagged

/// 年度积分档案: a school's year, frozen. Once archived, the year's entries and totals never change: no entry,
/// decision or correction is accepted for a day of that year.
public struct PointArchive: Identifiable, Equatable, Sendable {
    public typealias ID = Tagged<PointArchive, UUID>
    public var id: ID
    public var schoolID: School.ID
    public var year: Int
    public var frozenAt: Date
    public var frozenBy: String
    /// Counted points per member in the year, as frozen.
    public var totals: [Total]

    public struct Total: Equatable, Sendable {
        public var personID: Person.ID
        public var name: String
        /// The member's branch when the year was frozen (branches are shortlisted by their members' sum).
        public var organizationID: Organization.ID?
        public var points: Int
        public init(personID: Person.ID, name: String, organizationID: Organization.ID?, points: Int) {
            self.personID = personID; self.name = name; self.organizationID = organizationID; self.points = points
        }
    }

    public init(id: ID, schoolID: School.ID, year: Int, frozenAt: Date, frozenBy: String, totals: [Total]) {
        self.id = id; self.schoolID = schoolID; self.year = year; self.frozenAt = frozenAt; self.frozenBy = frozenBy
        self.totals = totals
    }

    /// Refuses a change to a day of a frozen year.
    public static func check(_ day: LocalDate, frozenYears: Set<Int>) throws {
        if frozenYears.contains(day.year) {
            throw DomainError.conflict(Message(zh: "\(day.year)年度积分已归档冻结，不能再更改",
                                               en: "The points of \(day.year) are archived and frozen; they cannot change"))
        }
    }

    /// Only a year that has ended can be frozen, only once, and only when no entry of it waits for approval.
    public static func checkFreezable(_ year: Int, today: LocalDate, frozenYears: Set<Int>, pending: Int = 0) throws {
        guard year < today.year else {
            throw DomainError.invalid(field: "year", message: Message(zh: "只能归档已结束的年度", en: "Only a year that has ended can be archived"))
        }
        if frozenYears.contains(year) {
            throw DomainError.conflict(Message(zh: "\(year)年度已归档", en: "\(year) is already archived"))
        }
        if pending > 0 {
            throw DomainError.conflict(Message(zh: "\(year)年度还有\(pending)条积分待审核，请先处理",
                                               en: "\(pending) entries of \(year) still wait for approval; decide them first"))
        }
    }
}
