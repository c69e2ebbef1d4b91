/// How a payment was made. Raw values are stored.
public enum DuesPaymentMethod: String, Codable, CaseIterable, Sendable {
    case cash, transfer, wechat, alipay, other

    public var label: Message {
        switch self {
        case .cash: Message(zh: "现金", en: "Cash")
        case .transfer: Message(zh: "银行转账", en: "Bank transfer")
        case .wechat: Message(zh: "微信", en: "WeChat")
        case .alipay: Message(zh: "支付宝", en: "Alipay")
        case .other: Message(zh: "其他", en: "Other")
        }
    }
}
