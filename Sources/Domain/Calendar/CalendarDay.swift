/// A day that departs from the Monday-to-Friday week: a public holiday, a school's own day off,
/// a make-up working day (调休上班), or an entry that cancels an official day for one school.
public struct CalendarDay: Hashable, Codable, Sendable {
    public enum Kind: String, Codable, CaseIterable, Sendable {
        case holiday
        /// 调休上班: a weekend day worked in exchange for a holiday.
        case workday
        /// A school's entry that undoes the official entry of its date (an ordinary day again).
        case ordinary
    }

    public var date: LocalDate
    public var kind: Kind
    public var name: String

    public init(_ date: LocalDate, _ kind: Kind, _ name: String) { self.date = date; self.kind = kind; self.name = name }
}
