/// A member's dues category (RULES.md §2): what the monthly amount is reckoned on. Raw values are stored.
public enum DuesCategory: String, Codable, CaseIterable, Sendable {
    /// 在职，按月工资（税后）基数
    case salaried
    /// 年薪制：按当月实际领取的薪酬
    case annualSalary = "annual_salary"
    /// 离退休：按离退休费基数
    case retired
    /// 学生党员
    case student
    /// 无固定收入
    case noIncome = "no_income"
    /// 下岗失业
    case laidOff = "laid_off"
    /// 领取最低生活保障
    case minimumAllowance = "minimum_allowance"

    public enum Basis: Sendable { case salaryBase, actualPay, retiredBase, flat }

    public var basis: Basis {
        switch self {
        case .salaried: .salaryBase
        case .annualSalary: .actualPay
        case .retired: .retiredBase
        case .student, .noIncome, .laidOff, .minimumAllowance: .flat
        }
    }

    /// Whether the amount depends on a base in 元 (the flat categories pay 0.2 元 whatever they earn).
    public var needsBase: Bool { basis != .flat }

    public var label: Message {
        switch self {
        case .salaried: Message(zh: "在职（月工资）", en: "Salaried")
        case .annualSalary: Message(zh: "年薪制", en: "Annual salary")
        case .retired: Message(zh: "离退休", en: "Retired")
        case .student: Message(zh: "学生", en: "Student")
        case .noIncome: Message(zh: "无固定收入", en: "No income")
        case .laidOff: Message(zh: "下岗失业", en: "Laid off")
        case .minimumAllowance: Message(zh: "领取最低生活保障", en: "Minimum living allowance")
        }
    }
}
