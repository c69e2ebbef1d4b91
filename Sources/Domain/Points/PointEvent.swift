/// What earns points (积分事件). Each school keeps one `PointRule` per event; other modules name the event when
/// they award points automatically (see `PointAwards.record` in Persistence).
public enum PointEvent: String, Codable, CaseIterable, Sendable {
    case meetingAttended = "meeting_attended"
    case duesPaidOnTime = "dues_paid_on_time"
    case volunteerHour = "volunteer_hour"
    case ticketAnsweredOnTime = "ticket_answered_on_time"
    case pledgeFulfilled = "pledge_fulfilled"
    case studyMinutes = "study_minutes"
    case storyPublished = "story_published"
    case honour
}
