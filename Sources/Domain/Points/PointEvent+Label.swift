extension PointEvent {
    /// The event's name where no rule names it (the rule's own name wins on pages).
    public var label: Message {
        switch self {
        case .meetingAttended: Message(zh: "参加组织生活", en: "Meeting attended")
        case .duesPaidOnTime: Message(zh: "按时交纳党费", en: "Dues paid on time")
        case .volunteerHour: Message(zh: "志愿服务", en: "Volunteer hours")
        case .ticketAnsweredOnTime: Message(zh: "按时办结诉求", en: "Ticket answered on time")
        case .pledgeFulfilled: Message(zh: "践行承诺", en: "Pledge fulfilled")
        case .studyMinutes: Message(zh: "理论学习", en: "Study")
        case .storyPublished: Message(zh: "先进事迹发布", en: "Story published")
        case .honour: Message(zh: "获得表彰", en: "Honour")
        }
    }
}
