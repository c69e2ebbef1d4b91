/// Passwords: at least 12 characters, not a common password, not the account's own name.
public struct PasswordPolicy: Sendable {
    public var minimumLength = 12
    public init() {}

    public func check(_ password: String, login: String) throws {
        guard password.count >= minimumLength else {
            throw DomainError.invalid(field: "password", message: Message(
                zh: "密码至少需要\(minimumLength)个字符", en: "The password needs at least \(minimumLength) characters"))
        }
        let lowered = password.lowercased()
        let isCommon = CommonPasswords.list.contains(lowered)
            || Set(lowered).count <= 3
            || lowered.contains(login.lowercased()) && login.count >= 3
            || CommonPasswords.stems.contains { lowered.hasPrefix($0) && lowered.dropFirst($0.count).allSatisfy(\.isNumber) }
        if isCommon {
            throw DomainError.invalid(field: "password", message: Message(
                zh: "密码过于常见或包含账号，请换一个", en: "This password is too common or contains the account name"))
        }
    }
}
