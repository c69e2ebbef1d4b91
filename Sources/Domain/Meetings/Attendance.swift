import Foundation

/// One member's attendance (签到/请假/缺席) at one meeting.
public struct Attendance: Equatable, Sendable {
    public var personID: Person.ID
    public var status: Status
    /// Why an excused member was away; required for `.excused`.
    public var reason: String?
    /// When the member signed in themself (QR link or code), as opposed to the secretary's record.
    public var signedInAt: Date?

    public init(personID: Person.ID, status: Status, reason: String? = nil, signedInAt: Date? = nil) {
        self.personID = personID; self.status = status; self.reason = reason; self.signedInAt = signedInAt
    }

    public enum Status: String, Codable, CaseIterable, Sendable {
        case present, excused, absent

        public var label: Message {
            switch self {
            case .present: Message(zh: "出席", en: "Present")
            case .excused: Message(zh: "请假", en: "Excused")
            case .absent: Message(zh: "缺席", en: "Absent")
            }
        }
    }

    /// Refuses an excused record without a reason, which would make the register useless for 党章第九条.
    public func validated() throws -> Attendance {
        var copy = self
        copy.reason = reason?.trimmingCharacters(in: .whitespacesAndNewlines)
        if copy.reason?.isEmpty == true { copy.reason = nil }
        if status == .excused && copy.reason == nil {
            throw DomainError.invalid(field: "reason", message: Message(zh: "请假须填写原因", en: "An excused absence needs a reason"))
        }
        return copy
    }
}
