/// The party tree's pages.
extension Strings {
    func memberCount(_ count: Int) -> String { pick("\(count) 人", count == 1 ? "1 person" : "\(count) people") }
    var category: String { pick("类别", "Category") }
    var parentOrganization: String { pick("上级党组织", "Parent organisation") }
    var subOrganizations: String { pick("下级党组织", "Sub-organisations") }
    var organizationMembers: String { pick("所属人员", "People in this organisation") }
    var organizationMembersNote: String {
        pick("含下级党组织的人员。", "Includes the people of its sub-organisations.")
    }
    var branchCommittee: String { pick("支部委员会", "Branch committee") }
    var noBranchCommittee: String { pick("暂无支部委员会记录。", "No branch committee on record.") }
    var noOrganizations: String { pick("您的管理范围内没有党组织。", "There are no organisations in your scope.") }
    var openPeopleList: String { pick("在人员列表中查看", "Open in the people list") }
    var memberColumn: String { pick("人数", "Members") }
    var organizationsFileName: String { pick("党组织", "organizations") }
    var addPersonHere: String { pick("在本组织新增人员", "Add a person here") }
}
