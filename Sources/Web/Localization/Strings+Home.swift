extension Strings {
    var welcome: String { pick("欢迎", "Welcome") }
    var myRecord: String { pick("我的档案", "My record") }
    var roles: String { pick("角色", "Roles") }
    var visiblePeople: String { pick("可见人员", "People in view") }
    var visibleOrganizations: String { pick("可见党组织", "Organisations in view") }
    var partyMembers: String { pick("党员", "Party members") }
}
