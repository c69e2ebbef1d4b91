/// A reminder that a branch still owes a meeting in the current period: one at the period's start and one
/// a configured number of days before its end. Each has a key, so a job that runs twice sends it once.
public struct MeetingReminder: Equatable, Sendable {
    public var organizationID: Organization.ID
    public var requirement: MeetingRequirement
    public var period: Period
    public var moment: Moment
    public var stillOwed: Int

    public enum Moment: String, Sendable { case periodStart = "start", beforeEnd = "before_end" }

    /// Unique per branch, kind, period and moment.
    public var key: String { "meeting-reminder:\(organizationID.rawValue):\(requirement.kind.rawValue):\(period):\(moment.rawValue)" }

    public var message: Message {
        let kind = requirement.kind.label, p = period.label
        switch moment {
        case .periodStart:
            return Message(zh: "\(p.zh)须召开\(kind.zh)\(stillOwed)次（\(requirement.sourceZh)），截止\(period.lastDay.iso)。",
                           en: "\(p.en): \(stillOwed) \(kind.en) due by \(period.lastDay.iso) (\(requirement.sourceEn)).")
        case .beforeEnd:
            return Message(zh: "提醒：\(p.zh)的\(kind.zh)尚未完成（还需\(stillOwed)次），将于\(period.lastDay.iso)截止。",
                           en: "Reminder: \(kind.en) for \(p.en) is not done yet (\(stillOwed) to go); the period ends \(period.lastDay.iso).")
        }
    }

    /// The reminders owed today, from the board's cells: every current-period cell still due gets its start
    /// reminder (also when the job missed the first day), and its end reminder once the notice window opens.
    public static func due(cells: [ComplianceCell], today: LocalDate, daysBeforeEnd: Int) -> [MeetingReminder] {
        cells.flatMap { cell -> [MeetingReminder] in
            guard cell.status == .due || cell.status == .incomplete, cell.period.contains(today) else { return [] }
            let owed = max(1, cell.requirement.count - cell.completeCount)
            var reminders = [MeetingReminder(organizationID: cell.organizationID, requirement: cell.requirement,
                                             period: cell.period, moment: .periodStart, stillOwed: owed)]
            if today >= cell.period.lastDay.adding(days: -daysBeforeEnd) {
                reminders.append(MeetingReminder(organizationID: cell.organizationID, requirement: cell.requirement,
                                                 period: cell.period, moment: .beforeEnd, stillOwed: owed))
            }
            return reminders
        }
    }
}
