@testable import Domain
import Tagged
import Testing

extension RosterTests {
    /// Where rows land: branches, classes and dorms in the importer's scope, and the person kind they imply.
    @Suite struct MapperPlacesTests {
        private static let member = RosterSheet(["学工号": "3001", "姓名": "孙七", "所在党支部": "教育学部高精尖党支部"])
        private static let student = RosterSheet(["学号": "2023001", "姓名": "赵六", "班级": "软件2301班"])

        @Test func map_refusesABranchOutsideThePlacesWithoutSayingWhy() {
            let error = Self.member.setting("所在党支部", RosterCell(text: "物理学院党支部")).error()
            #expect(error == RosterRowError(rowNumber: 2, field: .branch, message: Message(
                zh: "找不到党支部“物理学院党支部”，或不在您的管理范围内",
                en: "No party branch “物理学院党支部” was found within your scope")))
        }

        @Test func map_requiresABranchOnAMemberRoster() {
            #expect(Self.member.setting("所在党支部", RosterCell(text: "")).error()?.field == .branch)
        }

        @Test func map_matchesBranchNamesInFullWidthOrWithSpaces() throws {
            let draft = try Self.member.setting("所在党支部", RosterCell(text: " 教育学部高精尖党支部　")).map().draft
            #expect(draft.organizationID == RosterMock.orgID(2))
        }

        @Test func map_settlesSameNamedBranchesByCommittee() throws {
            let sheet = Self.member.setting("所在党支部", RosterCell(text: "第一党支部"))
            #expect(sheet.error()?.message.zh.contains("所在分党委") == true)
            let draft = try sheet.setting("所在分党委", RosterCell(text: "中共某某大学软件学院党委")).map().draft
            #expect(draft.organizationID == RosterMock.orgID(6))
        }

        @Test func map_placesAStudentInClassAndDorm() throws {
            let draft = try Self.student.setting("宿舍", RosterCell(text: "7-301")).map(.students).draft
            #expect(draft.kind == .student)
            #expect(draft.classID == RosterMock.unitID(13))
            #expect(draft.dormID == RosterMock.unitID(14))
            #expect(draft.politicalStatus == .masses)
        }

        @Test func map_refusesAClassOutsideThePlaces() {
            let error = Self.student.setting("班级", RosterCell(text: "物理2301班")).error(.students)
            #expect(error?.field == .className)
            #expect(error?.message.zh == "找不到班级“物理2301班”，或不在您的管理范围内")
        }

        @Test func map_requiresAClassOnAStudentRoster() {
            #expect(Self.student.setting("班级", RosterCell(text: "")).error(.students)?.field == .className)
        }

        @Test func map_refusesADormNotUnderTheClass() {
            let error = Self.student.setting("宿舍", RosterCell(text: "9-101")).error(.students)
            #expect(error?.field == .dorm)
        }

        @Test func map_settlesSameNamedClassesByCollege() throws {
            let sheet = Self.student.setting("班级", RosterCell(text: "2301班"))
            #expect(sheet.error(.students)?.message.zh.contains("学院") == true)
            let draft = try sheet.setting("学院", RosterCell(text: "计算机学院")).map(.students).draft
            #expect(draft.classID == RosterMock.unitID(23))
        }

        @Test func map_findsAStudentMembersBranchOnAClassRoster() throws {
            let draft = try Self.student.setting("所在党支部", RosterCell(text: "教育学部高精尖党支部")).map(.students).draft
            #expect(draft.organizationID == RosterMock.orgID(2))
            #expect(Self.student.setting("所在党支部", RosterCell(text: "无此支部")).error(.students)?.field == .branch)
        }

        @Test func map_infersThePersonKindOnAMemberRoster() throws {
            #expect(try Self.member.map().draft.kind == .staff)
            #expect(try Self.member.setting("班级", RosterCell(text: "软件2301班")).map().draft.kind == .student)
            #expect(try Self.member.setting("人员类别", RosterCell(text: "离退休人员")).map().draft.kind == .retired)
            #expect(try Self.member.setting("人员类别", RosterCell(text: "学生")).map().draft.kind == .student)
            #expect(try Self.member.setting("人员类别", RosterCell(text: "专业技术人员")).map().draft.kind == .staff)
            #expect(try Self.member.setting("所在党支部", RosterCell(text: "离退休第一党支部")).map().draft.kind == .retired)
        }
    }
}
