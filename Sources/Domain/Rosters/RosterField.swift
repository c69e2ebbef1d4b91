/// A column a roster may carry, named after the draft field it fills.
public enum RosterField: String, CaseIterable, Sendable {
    case number, name, gender, idNumber, phone, ethnicity, birthDate
    /// 人员类别: student, staff or retired.
    case kind
    case politicalStatus
    case college, major
    /// 年级: only used, like 学院 and 专业, to tell apart classes that share a name.
    case grade
    case className, dorm
    /// 所在分党委: only used to tell apart branches that share a name (every college has a 第一党支部).
    case committee
    case branch
    /// 党籍状态: 正式 or 预备.
    case partyStanding
    case applicationDate, activistDate, candidateDate
    /// 入党时间 = 加入党组织日期 = 接收预备党员支部大会时间.
    case probationaryDate
    /// 转正时间 = 转为正式党员日期.
    case fullDate
    /// 党内职务.
    case partyPost

    /// The column's name as shown to users and written by exports.
    public var label: Message {
        switch self {
        case .number: Message(zh: "学工号", en: "Number")
        case .name: Message(zh: "姓名", en: "Name")
        case .gender: Message(zh: "性别", en: "Gender")
        case .idNumber: Message(zh: "身份证号", en: "ID number")
        case .phone: Message(zh: "手机号", en: "Mobile")
        case .ethnicity: Message(zh: "民族", en: "Ethnicity")
        case .birthDate: Message(zh: "出生日期", en: "Date of birth")
        case .kind: Message(zh: "人员类别", en: "Person type")
        case .politicalStatus: Message(zh: "政治面貌", en: "Political status")
        case .college: Message(zh: "学院", en: "College")
        case .major: Message(zh: "专业", en: "Major")
        case .grade: Message(zh: "年级", en: "Grade")
        case .className: Message(zh: "班级", en: "Class")
        case .dorm: Message(zh: "宿舍", en: "Dorm")
        case .committee: Message(zh: "所在分党委", en: "Party committee")
        case .branch: Message(zh: "所在党支部", en: "Party branch")
        case .partyStanding: Message(zh: "党籍状态", en: "Membership standing")
        case .applicationDate: Message(zh: "提交书面申请书时间", en: "Application date")
        case .activistDate: Message(zh: "确定为入党积极分子时间", en: "Activist since")
        case .candidateDate: Message(zh: "确定为发展对象时间", en: "Development candidate since")
        case .probationaryDate: Message(zh: "入党时间", en: "Admission date")
        case .fullDate: Message(zh: "转正时间", en: "Full membership date")
        case .partyPost: Message(zh: "党内职务", en: "Party post")
        }
    }
}
