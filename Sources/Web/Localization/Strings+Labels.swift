import Domain

/// Labels of the domain's enumerations.
extension Strings {
    func label(_ status: PoliticalStatus) -> String {
        switch status {
        case .masses: pick("群众", "Masses")
        case .leagueMember: pick("共青团员", "League member")
        case .applicant: pick("入党申请人", "Applicant")
        case .activist: pick("入党积极分子", "Activist")
        case .developmentCandidate: pick("发展对象", "Development candidate")
        case .probationaryMember: pick("预备党员", "Probationary member")
        case .fullMember: pick("正式党员", "Full member")
        }
    }

    func label(_ kind: Organization.Kind) -> String {
        switch kind {
        case .committee: pick("党委", "Committee")
        case .generalBranch: pick("党总支", "General branch")
        case .branch: pick("党支部", "Branch")
        case .group: pick("党小组", "Party group")
        }
    }

    func label(_ category: Organization.Category) -> String {
        switch category {
        case .teachers: pick("教工", "Teachers")
        case .students: pick("学生", "Students")
        case .administrative: pick("机关", "Administrative")
        case .retired: pick("离退休", "Retired")
        }
    }

    func label(_ kind: GridUnit.Kind) -> String {
        switch kind {
        case .college: pick("学院", "College")
        case .major: pick("专业年级", "Major/grade")
        case .schoolClass: pick("班级", "Class")
        case .dorm: pick("宿舍", "Dorm")
        }
    }

    func label(_ kind: Person.Kind) -> String {
        switch kind {
        case .student: pick("学生", "Student")
        case .staff: pick("教职工", "Staff")
        case .retired: pick("离退休", "Retired")
        }
    }

    func label(_ gender: Person.Gender) -> String {
        switch gender {
        case .male: pick("男", "Male")
        case .female: pick("女", "Female")
        }
    }

    func label(_ stage: Stage) -> String {
        switch stage {
        case .application: pick("提交入党申请", "Application")
        case .activist: pick("确定为入党积极分子", "Became activist")
        case .developmentCandidate: pick("确定为发展对象", "Became development candidate")
        case .probationary: pick("接收为预备党员", "Admitted as probationary member")
        case .full: pick("转为正式党员", "Became full member")
        }
    }

    func label(_ role: CommitteeRole) -> String {
        switch role {
        case .secretary: pick("书记", "Secretary")
        case .deputySecretary: pick("副书记", "Deputy secretary")
        case .organizationCommissioner: pick("组织委员", "Organisation commissioner")
        case .propagandaCommissioner: pick("宣传委员", "Propaganda commissioner")
        case .disciplineCommissioner: pick("纪检委员", "Discipline commissioner")
        case .member: pick("委员", "Committee member")
        }
    }

    func label(_ kind: Post.Kind) -> String {
        switch kind {
        case .vanguard: pick("党员先锋岗", "Vanguard post")
        case .model: pick("党员示范岗", "Model post")
        }
    }

    func label(_ role: Role) -> String {
        switch role {
        case .systemAdmin: pick("系统管理员", "System admin")
        case .securityAdmin: pick("安全管理员", "Security admin")
        case .auditAdmin: pick("审计管理员", "Audit admin")
        case .organizationAdmin: pick("组织管理员", "Organisation admin")
        case .branchSecretary: pick("支部书记/支委", "Branch secretary")
        case .counselor: pick("辅导员", "Counsellor")
        case .classMonitor: pick("班长", "Class monitor")
        case .partyMember: pick("党员", "Party member")
        case .student: pick("学生", "Student")
        case .responder: pick("承办人", "Responder")
        case .departmentLeader: pick("部门负责人", "Department leader")
        case .supervisor: pick("督办", "Supervisor")
        }
    }
}
