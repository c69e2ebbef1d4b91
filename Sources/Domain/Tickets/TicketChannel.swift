/// How a ticket reached the school.
public enum TicketChannel: String, Codable, CaseIterable, Sendable {
    /// The web form, from a phone or a desk.
    case web
    /// 学生意见箱.
    case suggestionBox = "suggestion_box"
    /// A question raised at a 工作通报面对面 briefing.
    case briefing
    /// A leader's visit (七进).
    case visit
}

/// 七进: where a leader's visit took place.
public enum VisitPlace: String, Codable, CaseIterable, Sendable {
    case classroom, classGroup = "class", dormitory, canteen, club, lecture, online
}
