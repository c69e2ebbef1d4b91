import Foundation
import Tagged

/// The demo university's 职能部门 and the categories of tickets each answers, with their time limits in working
/// days (限时办结, RULES.md §4). Only the IDs are drawn; names and limits are fixed.
enum DemoDepartments {
    struct Spec: Sendable {
        var name: String
        /// The 机关 branch whose staff answer its tickets (several departments may share one).
        var branch: String
        var categories: [CategorySpec]
    }

    struct CategorySpec: Sendable {
        var name: String
        var days: Int
        /// How often students and teachers raise tickets of this category, relative to the others.
        var students: Int
        var teachers: Int
    }

    /// The department whose responder and leader are demo accounts (`responder1`, `leader1`).
    static let studentAffairs = "学生工作处"
    /// A category of that department, which `student1` raises a ticket in.
    static let studentAffairsCategory = "奖助学金"
    /// The 机关 branch of the school-level supervisor (`supervisor1`): 督办 sits in the 党政办公室.
    static let supervisorBranch = "党政办公室党支部"

    static let specs: [Spec] = [
        Spec(name: "教务处", branch: "教务处党支部", categories: [
            CategorySpec(name: "课程与考试", days: 3, students: 14, teachers: 8),
            CategorySpec(name: "学籍与成绩", days: 5, students: 8, teachers: 3),
            CategorySpec(name: "教室与教学设施", days: 3, students: 4, teachers: 10),
        ]),
        Spec(name: studentAffairs, branch: "学生工作部党支部", categories: [
            CategorySpec(name: "奖助学金", days: 5, students: 10, teachers: 0),
            CategorySpec(name: "学生事务与证明", days: 3, students: 8, teachers: 1),
            CategorySpec(name: "心理健康与帮扶", days: 2, students: 3, teachers: 1),
        ]),
        Spec(name: "财务处", branch: "财务处党支部", categories: [
            CategorySpec(name: "学费与缴费", days: 3, students: 6, teachers: 0),
            CategorySpec(name: "报销与酬金", days: 5, students: 1, teachers: 14),
        ]),
        Spec(name: "图书馆", branch: "党委宣传部党支部", categories: [
            CategorySpec(name: "图书借阅", days: 3, students: 6, teachers: 4),
            CategorySpec(name: "自习座位与空间", days: 2, students: 7, teachers: 0),
            CategorySpec(name: "电子资源与数据库", days: 5, students: 2, teachers: 6),
        ]),
        Spec(name: "后勤保障处", branch: "后勤保障处党支部", categories: [
            CategorySpec(name: "宿舍维修", days: 2, students: 16, teachers: 0),
            CategorySpec(name: "食堂餐饮", days: 3, students: 9, teachers: 3),
            CategorySpec(name: "水电与热水", days: 2, students: 7, teachers: 3),
        ]),
        Spec(name: "信息化办公室", branch: "科研处党支部", categories: [
            CategorySpec(name: "网络故障", days: 2, students: 10, teachers: 6),
            CategorySpec(name: "统一身份认证与信息系统", days: 3, students: 4, teachers: 6),
        ]),
        Spec(name: "研究生院", branch: "科研处党支部", categories: [
            CategorySpec(name: "研究生招生与推免", days: 5, students: 3, teachers: 2),
            CategorySpec(name: "学位与论文", days: 10, students: 1, teachers: 4),
        ]),
        Spec(name: "保卫处", branch: "党政办公室党支部", categories: [
            CategorySpec(name: "校园安全", days: 2, students: 4, teachers: 3),
            CategorySpec(name: "车辆与门禁", days: 3, students: 2, teachers: 6),
        ]),
    ]

    /// The departments in catalogue order, then every category, department by department.
    static func build(schoolID: School.ID, rng: inout DemoRandom) -> (departments: [Department], categories: [TicketCategory]) {
        var departments: [Department] = [], categories: [TicketCategory] = []
        for spec in specs {
            let department = Department(id: Department.ID(rng.uuid()), schoolID: schoolID, name: spec.name)
            departments.append(department)
            for category in spec.categories {
                categories.append(TicketCategory(id: TicketCategory.ID(rng.uuid()), schoolID: schoolID, name: category.name,
                                                 departmentID: department.id, timeLimitDays: category.days))
            }
        }
        return (departments, categories)
    }

    /// The spec of a category, by name.
    static func spec(of category: TicketCategory) -> CategorySpec? {
        specs.lazy.flatMap(\.categories).first { $0.name == category.name }
    }
}
