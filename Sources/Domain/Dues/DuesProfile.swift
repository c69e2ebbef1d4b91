import Foundation

/// A member's dues category and monthly base (分) for one calendar year, fixed once a year by the branch.
/// For 年薪制 the base is only the expected pay: each month is charged on that month's actual pay.
public struct DuesProfile: Equatable, Sendable {
    public var personID: Person.ID
    public var year: Int
    public var category: DuesCategory
    public var monthlyBase: Int
    public var setBy: String
    public var setAt: Date

    public init(personID: Person.ID, year: Int, category: DuesCategory, monthlyBase: Int, setBy: String, setAt: Date) {
        self.personID = personID; self.year = year; self.category = category
        self.monthlyBase = category.needsBase ? monthlyBase : 0; self.setBy = setBy; self.setAt = setAt
    }

    /// The monthly amount by the table; for 年薪制, on `actualPay` when the month's pay is known.
    public func rate(actualPay: Int? = nil, table: DuesRateTable = .standard) throws -> DuesRate {
        try DuesRate.monthly(category, base: category == .annualSalary ? (actualPay ?? monthlyBase) : monthlyBase, table: table)
    }

    /// Checks what a secretary typed: a base where the category needs one, and a year the system can hold.
    public static func validated(personID: Person.ID, year: Int, category: DuesCategory, monthlyBase: Int?,
                                 setBy: String, setAt: Date) throws -> DuesProfile {
        guard (2000...2100).contains(year) else {
            throw DomainError.invalid(field: "year", message: Message(zh: "年度应在2000至2100之间", en: "The year must be 2000-2100"))
        }
        if category.needsBase {
            guard let base = monthlyBase, base > 0, base <= Fen.limit else {
                throw DomainError.invalid(field: "base", message: Message(
                    zh: "请填写月基数（元，税后，最多两位小数）", en: "Give the monthly base in yuan (after tax, at most 2 decimals)"))
            }
        }
        let profile = DuesProfile(personID: personID, year: year, category: category, monthlyBase: monthlyBase ?? 0,
                                  setBy: setBy, setAt: setAt)
        _ = try profile.rate()
        return profile
    }

    /// A student member without a profile for the year still owes the students' fixed amount.
    public static func studentDefault(_ personID: Person.ID, year: Int) -> DuesProfile {
        DuesProfile(personID: personID, year: year, category: .student, monthlyBase: 0, setBy: "—", setAt: Date(timeIntervalSince1970: 0))
    }
}
