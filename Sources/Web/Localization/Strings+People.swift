extension Strings {
    var peopleTitle: String { pick("人员", "People") }
    var newPerson: String { pick("新增人员", "Add a person") }
    var editPerson: String { pick("编辑人员信息", "Edit person") }
    var number: String { pick("学工号", "Number") }
    var personName: String { pick("姓名", "Name") }
    var gender: String { pick("性别", "Gender") }
    var personKind: String { pick("人员类别", "Category") }
    var politicalStatus: String { pick("政治面貌", "Political status") }
    var ethnicity: String { pick("民族", "Ethnicity") }
    var birthDate: String { pick("出生日期", "Birth date") }
    var idNumber: String { pick("身份证号", "ID number") }
    var phone: String { pick("手机号", "Mobile") }
    var organization: String { pick("所在党组织", "Party organisation") }
    var schoolClass: String { pick("班级", "Class") }
    var dorm: String { pick("宿舍", "Dorm") }
    var stages: String { pick("发展阶段", "Membership stages") }
    var committeeRole: String { pick("支委职务", "Branch committee role") }
    var dualLeader: String { pick("双带头人", "Dual leader") }
    var posts: String { pick("岗位", "Posts") }
    var addPost: String { pick("设岗", "Add post") }
    var postTitle: String { pick("岗位名称", "Post title") }
    var since: String { pick("起始日期", "Since") }
    var remove: String { pick("删除", "Remove") }
    var transfers: String { pick("组织关系转接记录", "Transfers") }
    var transferTitle: String { pick("转接组织关系", "Transfer to another organisation") }
    var transferTo: String { pick("转入组织", "To organisation") }
    var transferDate: String { pick("转接日期", "Date") }
    var transferReason: String { pick("原因", "Reason") }
    var transferButton: String { pick("转接", "Transfer") }
    var from: String { pick("转出组织", "From") }
    var recordedAt: String { pick("记录时间", "Recorded") }
    var unmask: String { pick("查看完整号码", "Show full number") }
    var unmaskNote: String { pick("查看完整号码将记入审计日志。", "Viewing a full number is recorded in the audit trail.") }
    var lookupTitle: String { pick("按身份证号或手机号查找", "Find by ID or mobile number") }
    var lookupField: String { pick("完整身份证号或手机号", "Whole ID or mobile number") }
    var find: String { pick("查找", "Find") }
    var noPeople: String { pick("没有符合条件的人员。", "Nobody matches.") }
    var searchHint: String { pick("姓名或学工号", "Name or number") }
    var saved: String { pick("已保存。", "Saved.") }
    var dateHint: String { pick("格式 2024-05-01", "Format 2024-05-01") }
    var keepNumberHint: String { pick("留空则保持原号码不变", "Leave empty to keep the stored number") }
    var invalidDate: String { pick("日期格式应为 YYYY-MM-DD", "Dates are written YYYY-MM-DD") }
    var invalidChoice: String { pick("选项无效", "Invalid choice") }
    var personRecord: String { pick("人员档案", "Record") }
}
