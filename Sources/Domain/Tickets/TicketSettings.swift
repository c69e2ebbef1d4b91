/// A school's rules of the demand tracker beside the categories' own time limits.
public struct TicketSettings: Codable, Equatable, Sendable {
    /// An answered ticket the requester neither confirms nor reopens is confirmed after this many days.
    public var autoConfirmDays: Int
    /// The requester may reopen an answered ticket once, within this many days of the answer.
    public var reopenDays: Int
    /// Working days past the deadline after which an unanswered ticket goes to the school-level supervisors.
    public var supervisorAfterWorkingDays: Int

    public init(autoConfirmDays: Int = 7, reopenDays: Int = 7, supervisorAfterWorkingDays: Int = 2) {
        self.autoConfirmDays = autoConfirmDays; self.reopenDays = reopenDays
        self.supervisorAfterWorkingDays = supervisorAfterWorkingDays
    }

    public static let standard = TicketSettings()

    public func validated() throws -> TicketSettings {
        for (field, value) in [("autoConfirmDays", autoConfirmDays), ("reopenDays", reopenDays),
                               ("supervisorAfterWorkingDays", supervisorAfterWorkingDays)] where !(1...60).contains(value) {
            throw DomainError.invalid(field: field, message: Message(zh: "天数应为1至60", en: "Days must be between 1 and 60"))
        }
        return self
    }
}
