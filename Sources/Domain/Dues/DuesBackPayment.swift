/// 补交 covers at most 6 months (RULES.md §2): a payment recorded in a month may cover that month and the six
/// before it. Older months are refused with the rule quoted and left for the branch to handle (a member that long
/// unpaid is an Article 9 case, not a bookkeeping one). Months still to come are not taken either.
public enum DuesBackPayment {
    public static let limitMonths = 6

    public static func earliest(recordedIn current: YearMonth) -> YearMonth { current.adding(months: -limitMonths) }

    public static func check(_ months: [YearMonth], recordedIn current: YearMonth) throws {
        let earliest = earliest(recordedIn: current)
        if let old = months.filter({ $0 < earliest }).min() {
            throw DomainError.invalid(field: "months", message: Message(
                zh: "补交党费最多补交\(limitMonths)个月（\(earliest.iso)起）；\(old.iso)已超过期限，请由支部按规定另行处理",
                en: "Back payment covers at most \(limitMonths) months (from \(earliest.iso)); \(old.iso) is older and is for the branch to handle"))
        }
        if let future = months.filter({ $0 > current }).min() {
            throw DomainError.invalid(field: "months", message: Message(
                zh: "不能登记以后月份（\(future.iso)）的党费", en: "Months still to come (\(future.iso)) cannot be recorded"))
        }
        if months.isEmpty {
            throw DomainError.invalid(field: "months", message: Message(zh: "请选择交纳的月份", en: "Choose the months paid"))
        }
    }
}
