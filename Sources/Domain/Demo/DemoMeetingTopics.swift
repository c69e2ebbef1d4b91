/// Topics of the demo's meetings, as branches write them: some fit any month, some belong to a season
/// (清明, 七一, 国家宪法日 …), and some only make sense after the plenary session they study.
enum DemoMeetingTopics {
    struct Topic {
        var text: String
        /// Months it is chosen in; empty for any month.
        var months: Set<Int> = []
        /// The first day it can be the topic.
        var since: LocalDate?
    }

    static let thirdPlenum = LocalDate(year: 2024, month: 7, day: 18)!
    static let fourthPlenum = LocalDate(year: 2025, month: 10, day: 23)!
    static let educationConference = LocalDate(year: 2024, month: 9, day: 10)!

    /// A topic for a meeting on `date`: the season's topic more often than not, where there is one.
    static func topic(for kind: MeetingKind, on date: LocalDate, rng: inout DemoRandom) -> String {
        switch kind {
        case .lifeMeeting: return "\(date.year)年度组织生活会：对照检查，开展批评和自我批评"
        case .democraticAppraisal: return "\(date.year)年度民主评议党员"
        case .heartToHeartTalk: return "\(date.year)年度谈心谈话"
        default: break
        }
        let fitting = topics(of: kind, year: date.year).filter { $0.since.map { $0 <= date } ?? true }
        let seasonal = fitting.filter { $0.months.contains(date.month) }
        if !seasonal.isEmpty && rng.chance(0.7) { return rng.pick(seasonal).text }
        return rng.pick(fitting.filter(\.months.isEmpty)).text
    }

    private static func topics(of kind: MeetingKind, year: Int) -> [Topic] {
        switch kind {
        case .generalMeeting: general
        case .committeeMeeting: committee
        case .groupMeeting: group
        case .partyLecture: lecture
        case .themedPartyDay: themedDay(year: year)
        case .lifeMeeting, .democraticAppraisal, .heartToHeartTalk: []
        }
    }

    static let general = [
        Topic(text: "学习贯彻党的二十届三中全会精神", since: thirdPlenum),
        Topic(text: "学习贯彻党的二十届四中全会精神", since: fourthPlenum),
        Topic(text: "讨论接收预备党员"), Topic(text: "讨论预备党员按期转正"),
        Topic(text: "传达学习上级党委会议精神"), Topic(text: "学习《中国共产党纪律处分条例》"),
        Topic(text: "学习习近平总书记关于教育的重要论述"),
        Topic(text: "审议支部年度工作计划", months: [1, 2, 3]),
        Topic(text: "听取支部委员会半年工作报告", months: [6, 7]),
        Topic(text: "学习贯彻党的二十届四中全会精神", months: [11, 12], since: fourthPlenum),
    ]

    static let committee = [
        Topic(text: "研究本月主题党日活动安排"), Topic(text: "研究发展党员工作"),
        Topic(text: "研究党费收缴与使用情况"), Topic(text: "讨论入党积极分子培养考察情况"),
        Topic(text: "研究“三会一课”季度安排"), Topic(text: "研究预备党员转正事宜"),
        Topic(text: "研究组织生活会准备工作", months: [11, 12]),
        Topic(text: "研究民主评议党员工作方案", months: [11, 12]),
        Topic(text: "研究新学期支部工作计划", months: [2, 3, 9]),
    ]

    static let group = [
        Topic(text: "学习《习近平新时代中国特色社会主义思想学习纲要（2023年版）》"),
        Topic(text: "学习党章，交流心得体会"), Topic(text: "学习《中国共产党纪律处分条例》"),
        Topic(text: "学习习近平总书记重要讲话精神"), Topic(text: "交流近期思想、学习和工作情况"),
        Topic(text: "学习贯彻党的二十届四中全会精神", since: fourthPlenum),
        Topic(text: "学习全国两会精神", months: [3, 4]),
        Topic(text: "学习全国教育大会精神", months: [9, 10], since: educationConference),
    ]

    static let lecture = [
        Topic(text: "专题党课：学习贯彻党的二十届四中全会精神", since: fourthPlenum),
        Topic(text: "专题党课：深入学习贯彻党的二十届三中全会精神", since: thirdPlenum),
        Topic(text: "专题党课：弘扬伟大建党精神"), Topic(text: "专题党课：加强新时代党的纪律建设"),
        Topic(text: "专题党课：坚定理想信念，争做时代新人"), Topic(text: "专题党课：铸牢中华民族共同体意识"),
        Topic(text: "专题党课：深刻领悟“两个确立”的决定性意义"),
        Topic(text: "专题党课：建设教育强国的使命担当", since: educationConference),
        Topic(text: "专题党课：从党的百年奋斗中汲取前进力量", months: [6, 7]),
    ]

    static func themedDay(year: Int) -> [Topic] {
        [
            Topic(text: "主题党日：重温入党誓词"), Topic(text: "主题党日：参观红色教育基地"),
            Topic(text: "主题党日：走进社区开展志愿服务"), Topic(text: "主题党日：学习身边榜样"),
            Topic(text: "主题党日：党史知识竞赛"),
            Topic(text: "主题党日：学雷锋志愿服务", months: [3]),
            Topic(text: "主题党日：清明祭英烈", months: [4]),
            Topic(text: "主题党日：全民国家安全教育日专题学习", months: [4]),
            Topic(text: "主题党日：传承五四精神", months: [5]),
            Topic(text: "主题党日：庆祝建党\(year - 1921)周年，重温入党誓词", months: [6, 7]),
            Topic(text: "主题党日：纪念中国人民抗日战争胜利\(year - 1945)周年", months: [9]),
            Topic(text: "主题党日：喜迎国庆，开展爱国主义教育", months: [10]),
            Topic(text: "主题党日：国家宪法日学习宪法", months: [12]),
            Topic(text: "主题党日：纪念“一二·九”运动", months: [12]),
        ]
    }

    /// Red education sites near the school, for themed days spent on a visit.
    static let sites = ["中共一大纪念馆", "龙华烈士陵园", "南湖革命纪念馆", "雨花台烈士纪念馆", "新四军纪念馆"]

    /// Reasons an excused member gave, by the kind of person.
    static func excuse(for kind: Person.Kind, rng: inout DemoRandom) -> String {
        switch kind {
        case .student: rng.pick(["实习", "病假", "外出调研", "参加学科竞赛", "校外实践", "出国交流"])
        case .staff: rng.pick(["出差", "病假", "外出调研", "参加学术会议", "公务外出", "监考"])
        case .retired: rng.pick(["病假", "住院治疗", "外出探亲"])
        }
    }
}
