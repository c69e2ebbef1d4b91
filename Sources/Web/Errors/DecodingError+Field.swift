import Domain
import Foundation

/// A request body that could not be decoded, said with the field it is about: a client (or its developer)
/// learns which field to fix, never only that something was wrong.
extension DecodingError {
    /// The dotted path of the field concerned (`answers.temperature`), if any.
    var field: String? {
        let path: [any CodingKey]
        switch self {
        case .keyNotFound(let key, let context): path = context.codingPath + [key]
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context): path = context.codingPath
        @unknown default: return nil
        }
        let names = path.map { $0.intValue.map(String.init) ?? $0.stringValue }
        return names.isEmpty ? nil : names.joined(separator: ".")
    }

    var message: Message {
        guard let field else {
            return Message(zh: "请求内容不是有效的 JSON，请检查后重试", en: "The request body is not valid JSON")
        }
        switch self {
        case .keyNotFound: return Message(zh: "缺少字段 \(field)", en: "The field \(field) is missing")
        case .valueNotFound: return Message(zh: "字段 \(field) 不能为空", en: "The field \(field) may not be null")
        default: return Message(zh: "字段 \(field) 的值不对，请检查格式", en: "The field \(field) has a value of the wrong kind")
        }
    }
}
