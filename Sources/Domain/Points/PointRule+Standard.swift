import Foundation

extension PointRule {
    /// The rules a school starts from (common local practice; each school adjusts them in the editor). Automatic
    /// events are awarded at once; volunteer hours, stories and honours are claimed by hand and wait for approval.
    public static func standard(school: School.ID) -> [PointRule] {
        PointEvent.allCases.map { standard($0, school: school) }
    }

    public static func standard(_ event: PointEvent, school: School.ID) -> PointRule {
        let s = standardValues(event)
        return PointRule(id: .init(UUID()), schoolID: school, event: event, name: s.name, pointsPerUnit: s.points,
                         unit: s.unit, dailyCap: s.day, monthlyCap: s.month, needsApproval: s.approval)
    }

    private static func standardValues(_ event: PointEvent) -> (name: String, points: Int, unit: PointUnit, day: Int?, month: Int?, approval: Bool) {
        switch event {
        case .meetingAttended: ("参加组织生活", 5, .occurrence, 10, 40, false)
        case .duesPaidOnTime: ("按时交纳党费", 3, .occurrence, nil, 3, false)
        case .volunteerHour: ("志愿服务", 2, .hour, 8, 40, true)
        case .ticketAnsweredOnTime: ("按时办结诉求", 2, .occurrence, 10, 30, false)
        case .pledgeFulfilled: ("践行承诺", 10, .occurrence, nil, 20, false)
        case .studyMinutes: ("理论学习", 1, .thirtyMinutes, 4, 60, false)
        case .storyPublished: ("先进事迹发布", 10, .occurrence, nil, 20, true)
        case .honour: ("获得表彰", 20, .occurrence, nil, nil, true)
        }
    }
}
