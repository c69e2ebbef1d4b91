/// A monthly amount and the rule that gave it: what the branch charges, the member sees and the API answers.
public struct DuesRate: Equatable, Sendable {
    public var category: DuesCategory
    /// The base in 分 (the month's actual pay for 年薪制); 0 for the flat categories.
    public var base: Int
    /// The monthly amount in 分, rounded half up to the 分.
    public var amount: Int
    /// The percentage in basis points; nil for the fixed amount.
    public var basisPoints: Int?
    /// The rule as a person reads it, e.g. "5000 < 基数 ≤ 10000：1.5%".
    public var rule: Message

    /// The amount for a category and base (分). A negative or absurd base is refused; a flat category ignores it.
    public static func monthly(_ category: DuesCategory, base: Int, table: DuesRateTable = .standard) throws -> DuesRate {
        guard category.needsBase else {
            return DuesRate(category: category, base: 0, amount: table.flat, basisPoints: nil, rule: Message(
                zh: "学生、无固定收入、下岗失业、领取最低生活保障：每月\(Fen.format(table.flat))元",
                en: "Students, no income, laid off, minimum allowance: \(Fen.format(table.flat)) yuan a month"))
        }
        guard base >= 0, base <= Fen.limit else {
            throw DomainError.invalid(field: "base", message: Message(zh: "基数应为0至1亿元之间的金额", en: "The base must be between 0 and 100,000,000 yuan"))
        }
        let brackets = table.brackets(for: category)
        guard let index = brackets.firstIndex(where: { $0.upTo.map { base <= $0 } ?? true }) else {
            throw DomainError.invalid(field: "base", message: Message(zh: "费率表不完整", en: "The rate table has no bracket for this base"))
        }
        let bracket = brackets[index]
        // Round half up on integers: (base × bp + 5000) ÷ 10000, all non-negative.
        let amount = (base * bracket.basisPoints + 5_000) / 10_000
        let lower = index > 0 ? brackets[index - 1].upTo : nil
        return DuesRate(category: category, base: base, amount: amount, basisPoints: bracket.basisPoints,
                        rule: ruleText(category, lower: lower, upper: bracket.upTo, basisPoints: bracket.basisPoints))
    }

    /// "3000 < 基数 ≤ 5000：1%", prefixed for the retired and for 年薪制.
    static func ruleText(_ category: DuesCategory, lower: Int?, upper: Int?, basisPoints: Int) -> Message {
        func range(_ name: String) -> String {
            switch (lower, upper) {
            case (nil, let u?): "\(name) ≤ \(Fen.compact(u))"
            case (let l?, let u?): "\(Fen.compact(l)) < \(name) ≤ \(Fen.compact(u))"
            case (let l?, nil): "\(name) > \(Fen.compact(l))"
            case (nil, nil): name
            }
        }
        let percent = percentText(basisPoints)
        switch category.basis {
        case .retiredBase:
            return Message(zh: "离退休，\(range("基数"))：\(percent)", en: "Retired, \(range("base")): \(percent)")
        case .actualPay:
            return Message(zh: "年薪制按当月实际收入，\(range("收入"))：\(percent)", en: "Annual salary on the month's pay, \(range("pay")): \(percent)")
        default:
            return Message(zh: "\(range("基数"))：\(percent)", en: "\(range("base")): \(percent)")
        }
    }

    /// 50 → "0.5%", 100 → "1%", 150 → "1.5%".
    static func percentText(_ basisPoints: Int) -> String {
        let whole = basisPoints / 100, rest = basisPoints % 100
        if rest == 0 { return "\(whole)%" }
        let decimals = rest % 10 == 0 ? String(rest / 10) : (rest < 10 ? "0\(rest)" : String(rest))
        return "\(whole).\(decimals)%"
    }
}
