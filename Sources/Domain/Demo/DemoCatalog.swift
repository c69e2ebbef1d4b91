/// The fixed facts of the demo university: its colleges, majors and offices. Only people and dates are drawn.
enum DemoCatalog {
    struct College: Sendable {
        var name: String
        var majors: [Major]
        /// Larger colleges gather their students' branches under a 学生党总支.
        var hasGeneralBranch: Bool
    }

    struct Major: Sendable {
        var name: String
        /// The prefix of its class names: 软件 → 软件2301班.
        var abbreviation: String
    }

    static let schoolName = "华东示范大学"
    static let schoolCode = "demo"

    static let colleges: [College] = [
        College(name: "计算机学院", majors: [
            Major(name: "计算机科学与技术", abbreviation: "计科"), Major(name: "软件工程", abbreviation: "软件"),
            Major(name: "人工智能", abbreviation: "智能"), Major(name: "数据科学与大数据技术", abbreviation: "数据"),
        ], hasGeneralBranch: true),
        College(name: "机械工程学院", majors: [
            Major(name: "机械设计制造及其自动化", abbreviation: "机械"), Major(name: "车辆工程", abbreviation: "车辆"),
            Major(name: "工业设计", abbreviation: "工设"),
        ], hasGeneralBranch: false),
        College(name: "经济管理学院", majors: [
            Major(name: "会计学", abbreviation: "会计"), Major(name: "金融学", abbreviation: "金融"),
            Major(name: "工商管理", abbreviation: "工商"), Major(name: "国际经济与贸易", abbreviation: "国贸"),
        ], hasGeneralBranch: true),
        College(name: "外国语学院", majors: [
            Major(name: "英语", abbreviation: "英语"), Major(name: "日语", abbreviation: "日语"),
            Major(name: "翻译", abbreviation: "翻译"),
        ], hasGeneralBranch: false),
        College(name: "化学与材料学院", majors: [
            Major(name: "化学", abbreviation: "化学"), Major(name: "应用化学", abbreviation: "应化"),
            Major(name: "材料科学与工程", abbreviation: "材料"),
        ], hasGeneralBranch: true),
        College(name: "土木与建筑学院", majors: [
            Major(name: "土木工程", abbreviation: "土木"), Major(name: "建筑学", abbreviation: "建筑"),
            Major(name: "工程管理", abbreviation: "工管"),
        ], hasGeneralBranch: false),
        College(name: "生命科学学院", majors: [
            Major(name: "生物科学", abbreviation: "生科"), Major(name: "生物技术", abbreviation: "生技"),
            Major(name: "药学", abbreviation: "药学"),
        ], hasGeneralBranch: false),
        College(name: "马克思主义学院", majors: [
            Major(name: "思想政治教育", abbreviation: "思政"),
        ], hasGeneralBranch: false),
    ]

    static let teacherBranchesPerCollege = 2
    static let studentBranchesPerCollege = 4
    static let retiredBranchCount = 4
    /// The offices whose staff form the 机关 branches; the second is the organisation department.
    static let administrativeBranches = [
        "党政办公室党支部", "党委组织部党支部", "党委宣传部党支部", "教务处党支部",
        "学生工作部党支部", "科研处党支部", "财务处党支部", "后勤保障处党支部",
    ]
    static let organizationDepartmentBranch = 1

    /// Students per class aimed at (the grid splits students evenly, so classes hold 32–33).
    static let classSize = 33
    /// Classes one counsellor looks after, at most.
    static let classesPerCounselor = 9

    static let vanguardTitles = ["学习帮扶党员先锋岗", "志愿服务党员先锋岗", "实验室安全党员先锋岗", "宿舍文明党员先锋岗"]
    static let modelTitles = ["教书育人党员示范岗", "科研攻关党员示范岗", "服务师生党员示范岗", "管理育人党员示范岗"]
}
