extension RosterField {
    /// The headers seen in real rosters for this column, besides its own label in both locales.
    /// Compared after `RosterHeader.normalize`, so `学号（工号）`, `*姓名` and `党籍状态（正式党员或预备党员）`
    /// need no entry of their own; `…日期` and `…时间` are interchangeable (see `RosterHeader.field(for:)`).
    /// Matching is exact, never by substring: the fixture's `入党时所在党支部` must not be read as 入党时间.
    public var aliases: [String] {
        switch self {
        case .number: ["学工号", "学号", "工号", "学号/工号", "学号工号", "工作证号", "职工号", "教工号", "Student number", "Staff number"]
        case .name: ["姓名"]
        case .gender: ["性别"]
        case .idNumber: ["身份证号", "身份证号码", "公民身份证号", "公民身份证号码", "公民身份号码", "身份证"]
        case .phone: ["手机号", "手机号码", "手机", "联系电话", "移动电话", "联系方式"]
        case .ethnicity: ["民族"]
        case .birthDate: ["出生日期", "出生年月", "出生年月日"]
        case .kind: ["人员类别", "人员类型", "身份类别"]
        case .politicalStatus: ["政治面貌"]
        case .college: ["学院", "院系", "所在学院", "所在院系", "学院名称"]
        case .major: ["专业", "所在专业", "专业名称"]
        case .grade: ["年级", "所在年级"]
        case .className: ["班级", "所在班级", "班级名称"]
        case .dorm: ["宿舍", "宿舍号", "寝室", "寝室号"]
        case .committee: ["所在分党委", "分党委", "所在党委", "所在二级党组织", "所在党总支"]
        case .branch: ["所在党支部", "党支部", "所在支部", "党支部名称", "所在党组织"]
        case .partyStanding: ["党籍状态"]
        case .applicationDate: applicationAliases
        case .activistDate:
            ["确定为入党积极分子时间", "确定积极分子时间", "确定为积极分子时间", "确定入党积极分子时间", "列为入党积极分子时间"]
        case .candidateDate: ["确定为发展对象时间", "确定发展对象时间", "列为发展对象时间"]
        case .probationaryDate:
            ["入党时间", "加入党组织日期", "接收预备党员支部大会时间", "接收为预备党员时间", "接收预备党员时间", "发展为预备党员时间"]
        case .fullDate: ["转正时间", "转为正式党员日期", "转正日期"]
        case .partyPost: ["党内职务", "支部职务"]
        }
    }

    /// `提交(书面)入党申请书时间` normalises to `提交入党申请书时间`, so the bracketed variant is covered too.
    private var applicationAliases: [String] {
        ["提交书面入党申请书时间", "提交入党申请书时间", "提交书面申请书时间", "提交申请书时间", "入党申请时间",
         "申请入党时间", "递交入党申请书时间", "递交书面入党申请书时间"]
    }
}
