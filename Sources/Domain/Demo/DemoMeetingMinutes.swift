/// The agenda and minutes of a demo meeting, written the way a branch's organisation commissioner writes them.
enum DemoMeetingMinutes {
    static func agenda(kind: MeetingKind, topic: String) -> String {
        let subject = topic.split(separator: "：", maxSplits: 1).last.map(String.init) ?? topic
        let items: [String]
        switch kind {
        case .themedPartyDay: items = ["重温入党誓词", "交纳党费", subject]
        case .generalMeeting: items = [subject, "讨论并表决", "书记小结"]
        case .committeeMeeting: items = [subject, "明确分工和完成时限"]
        case .groupMeeting: items = [subject, "党员逐一发言交流"]
        case .partyLecture: items = ["讲授专题党课：\(subject)", "交流学习体会"]
        case .lifeMeeting: items = ["通报年度检视问题整改情况", "支委会对照检查", "党员逐一开展批评和自我批评"]
        case .democraticAppraisal: items = ["党员个人总结", "民主测评", "支部评定党员等次"]
        case .heartToHeartTalk: items = ["支委之间谈心谈话", "支委与党员谈心谈话", "汇总意见建议"]
        }
        return items.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "\n")
    }

    static func minutes(kind: MeetingKind, topic: String, chair: String, lecturer: String?, register: [Attendance],
                        done: Set<String>, date: LocalDate) -> String {
        let count = { (status: Attendance.Status) in register.filter { $0.status == status }.count }
        var lines = [
            "主持人：\(chair)",
            "应到\(register.count)人，实到\(count(.present))人，请假\(count(.excused))人，缺席\(count(.absent))人。",
            "一、\(topic)。",
        ]
        lines += body(kind: kind, lecturer: lecturer, done: done, month: date.month, present: count(.present))
        lines.append("会议记录人：组织委员")
        return lines.joined(separator: "\n")
    }

    private static func body(kind: MeetingKind, lecturer: String?, done: Set<String>, month: Int, present: Int) -> [String] {
        switch kind {
        case .themedPartyDay:
            var lines: [String] = []
            if done.contains(RequiredElement.renewOath.id) { lines.append("二、全体党员面向党旗重温入党誓词。") }
            if done.contains(RequiredElement.payDues.id) { lines.append("三、党员交纳\(month)月党费，组织委员登记核对。") }
            else { lines.append("三、本次未收缴党费，下次补交。") }
            return lines
        case .generalMeeting:
            return ["二、与会党员围绕议题逐一发表意见。", "三、经举手表决，形成一致意见。"]
        case .committeeMeeting:
            return ["二、支委逐项研究，明确责任分工和完成时限。"]
        case .groupMeeting:
            return ["二、党小组成员逐一发言，交流学习体会和近期思想、工作情况。"]
        case .partyLecture:
            return ["二、\(lecturer ?? "主讲人")讲授专题党课。", "三、与会党员结合实际交流学习体会。"]
        case .lifeMeeting:
            return ["二、支部书记代表支委会作对照检查。", "三、党员逐一发言，开展批评和自我批评，提出意见建议。"]
        case .democraticAppraisal:
            return ["二、党员个人总结、民主测评。", "三、支部综合评定党员等次，结果报上级党组织备案。"]
        case .heartToHeartTalk:
            return ["二、支委之间、支委与党员之间开展谈心谈话共\(present)人次，征求意见建议。"]
        }
    }
}
