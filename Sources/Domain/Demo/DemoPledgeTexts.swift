/// The words of the demo's pledges: promises by who makes them, reports, evidence and the masses' comments.
enum DemoPledgeTexts {
    static let studentPromises = [
        "帮扶3名学业困难学生，期末全部通过考试", "每月参加志愿服务不少于4小时", "担任专业课学习小组组长，每周组织1次答疑",
        "联系1间寝室，每月走访不少于2次，帮助解决实际困难", "本学年绩点保持在3.5以上，带动班级学风建设",
        "参与校园安全隐患排查，全年上报并跟进整改问题不少于5条", "组织班级党史学习分享会2次",
        "每月精读1本理论著作并撰写学习心得", "帮扶2名家庭经济困难同学完成勤工助学岗位申请",
    ]
    static let staffPromises = [
        "每学期为学生开设1次学业规划讲座", "全年指导本科生科研训练项目2项", "每月参加1次下沉社区志愿服务",
        "所承办的师生诉求在时限内答复率达到100%", "联系1名困难学生，每月谈心谈话1次", "全年讲授专题党课1次",
        "推动实验室安全检查全覆盖，隐患整改率100%", "年内完成1门课程的课程思政教学设计并公开示范",
    ]
    static let retiredPromises = ["每月参加社区志愿服务4小时", "为青年学生讲述党史故事2次", "结对关心1名青年党员的成长"]
    static func postPromises(_ title: String) -> [String] {
        ["立足\(title)，全年服务师生不少于100人次", "发挥\(title)示范作用，年内带动2名同志共同进步",
         "在\(title)岗位上做到当日事当日毕，群众满意率不低于95%"]
    }
    static let dutyPromises: [CommitteeRole: String] = [
        .secretary: "带头落实“三会一课”，全年讲授党课不少于1次", .deputySecretary: "协助书记做好党员教育，每季度组织1次专题学习",
        .organizationCommissioner: "按时完成党员发展各环节材料审核，做到零差错", .propagandaCommissioner: "每月编发支部学习简报或推文不少于2篇",
        .disciplineCommissioner: "每季度开展1次廉洁教育提醒", .member: "协助支委会做好党员联系服务工作",
    ]
    static let progress = [
        "已按计划推进，本月完成了阶段目标。", "已组织2次活动，参与同学反馈良好，下一步扩大覆盖面。",
        "前期进展顺利，个别事项因考试周顺延，已调整安排。", "本季度累计完成约一半任务，继续保持。",
    ]
    static let fulfilment = [
        "承诺事项已全部完成，相关材料已整理上传，请支部和群众监督。", "已按时限完成承诺，超额完成部分目标。",
        "主要目标已完成，个别事项仍在持续跟进。",
    ]
    static let evidence = [
        "帮扶记录表.pdf", "志愿服务时长证明.jpg", "活动签到表.pdf", "https://volunteer.example.edu.cn/record/2026",
        "学习心得汇编.docx", "整改台账截图.png", "https://news.example.edu.cn/party/branch-activity",
    ]
    static let comments = [
        "为你点赞！", "学长的答疑对我帮助很大，谢谢！", "希望能坚持下去，期待看到成果。", "志愿活动能不能多安排一些周末场次？",
        "走访寝室时解决了我们的热水问题，感谢！", "承诺很实在，支持！", "建议把活动通知提前一周发出。",
    ]
    static let remarks: [PledgeVerdict: [String]] = [
        .fulfilled: ["承诺事项全部兑现，群众评价好。", "按时践诺，材料翔实。"],
        .partly: ["主要事项已完成，个别目标未达成，望继续努力。"],
        .notFulfilled: ["承诺事项未能兑现，支委会已进行提醒谈话。"],
    ]
}
