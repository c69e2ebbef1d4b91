import Domain
import Foundation
import Vapor

/// The meeting form as typed: kept as text so that a refused save shows exactly what was entered.
struct MeetingForm: Content, Sendable {
    var kind: String = MeetingKind.themedPartyDay.rawValue
    var status: String = Meeting.Status.planned.rawValue
    var organizationID: String = ""
    var otherOrganizationIDs: [String]? = []
    /// `YYYY-MM-DDTHH:MM` in the school's time zone, as a datetime-local field sends it.
    var startsAt: String = ""
    var endsAt: String? = ""
    var place: String = ""
    var isOnline: String?
    var topic: String = ""
    var lecturer: String? = ""
    var agenda: String? = ""
    var minutes: String? = ""
    var elements: [String]? = []

    init() {}

    init(_ m: Meeting, timeZone: TimeZone) {
        kind = m.kind.rawValue; status = m.status.rawValue; organizationID = m.hostOrganizationID.rawValue.uuidString
        otherOrganizationIDs = m.organizationIDs.dropFirst().map { $0.rawValue.uuidString }
        startsAt = LocalDateTime.format(m.startsAt, in: timeZone); endsAt = m.endsAt.map { LocalDateTime.format($0, in: timeZone) }
        place = m.place; isOnline = m.isOnline ? "true" : nil; topic = m.topic; lecturer = m.lecturer; agenda = m.agenda
        minutes = m.minutes; elements = m.elementsDone.sorted()
    }

    func draft(timeZone: TimeZone) throws -> MeetingDraft {
        guard let kind = MeetingKind(rawValue: kind) else { throw Self.invalid("kind", zh: "请选择会议类型", en: "Choose a kind") }
        guard let status = Meeting.Status(rawValue: status) else { throw Self.invalid("status", zh: "请选择状态", en: "Choose a status") }
        guard let host = UUID(uuidString: organizationID) else {
            throw Self.invalid("organization", zh: "请选择召开组织", en: "Choose the convening organisation")
        }
        let others = try (otherOrganizationIDs ?? []).filter { !$0.isEmpty }.map { text -> Organization.ID in
            guard let id = UUID(uuidString: text) else { throw Self.invalid("organizations", zh: "组织选择有误", en: "Malformed organisation") }
            return .init(id)
        }
        guard let starts = LocalDateTime.parse(startsAt, in: timeZone) else {
            throw Self.invalid("startsAt", zh: "请填写开始时间（年-月-日 时:分）", en: "Enter the start as YYYY-MM-DD HH:MM")
        }
        var ends: Date?
        if let text = endsAt, !text.isEmpty {
            guard let value = LocalDateTime.parse(text, in: timeZone) else {
                throw Self.invalid("endsAt", zh: "结束时间格式有误", en: "Enter the end as YYYY-MM-DD HH:MM")
            }
            ends = value
        }
        return MeetingDraft(kind: kind, hostOrganizationID: .init(host), otherOrganizationIDs: others, startsAt: starts,
                            endsAt: ends, place: place, isOnline: isOnline == "true" || isOnline == "on", topic: topic,
                            lecturer: lecturer, agenda: agenda ?? "", minutes: minutes ?? "",
                            elementsDone: Set(elements ?? []), status: status)
    }

    static func invalid(_ field: String, zh: String, en: String) -> DomainError {
        .invalid(field: field, message: Message(zh: zh, en: en))
    }
}

/// Date and time as people type them in the school's time zone (`2026-05-20T14:30`, also with a space or seconds).
enum LocalDateTime {
    static func parse(_ text: String, in timeZone: TimeZone) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: " ", with: "T")
        let parts = trimmed.split(separator: "T")
        guard parts.count == 2, let date = LocalDate(iso: String(parts[0])) else { return nil }
        let clock = parts[1].split(separator: ":").map { Int($0) }
        guard (2...3).contains(clock.count), let hour = clock[0], let minute = clock[1],
              (0..<24).contains(hour), (0..<60).contains(minute) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day, hour: hour, minute: minute))
    }

    static func format(_ date: Date, in timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%04d-%02d-%02dT%02d:%02d", c.year!, c.month!, c.day!, c.hour!, c.minute!)
    }

    /// `2026-05-20 14:30` for display.
    static func display(_ date: Date, in timeZone: TimeZone) -> String {
        format(date, in: timeZone).replacingOccurrences(of: "T", with: " ")
    }
}
