@testable import Domain
import Tagged
import Testing

extension RosterTests {
    @Suite struct ExportTests {
        private static let member = Person(
            id: .init(RosterMock.id(100)), schoolID: RosterMock.school, number: "020100", name: "张三", gender: .male,
            kind: .staff, politicalStatus: .fullMember, idNumberMasked: "110105********002X", phoneMasked: "138****5678",
            organizationID: RosterMock.orgID(2),
            stages: StageDates(
                application: LocalDate(year: 2015, month: 11, day: 6), activist: LocalDate(year: 2016, month: 4, day: 10),
                developmentCandidate: LocalDate(year: 2017, month: 4, day: 14),
                probationary: LocalDate(year: 2017, month: 6, day: 9), full: LocalDate(year: 2018, month: 6, day: 9)),
            committeeRole: .propagandaCommissioner)

        @Test func header_followsTheFixtureOrderForMembers() {
            #expect(RosterExport.header(for: .members, locale: .zhHans) == [
                "学工号", "姓名", "性别", "身份证号", "所在党支部", "党籍状态", "提交书面申请书时间", "确定为入党积极分子时间",
                "确定为发展对象时间", "入党时间", "转正时间", "党内职务", "手机号",
            ])
            #expect(RosterExport.header(for: .students, locale: .zhHans) == [
                "学号", "姓名", "性别", "学院", "专业", "班级", "宿舍", "政治面貌", "手机号",
            ])
        }

        @Test(arguments: RosterKind.allCases, Message.Locale.allCases)
        func header_locatesAgainWithEveryColumnRead(kind: RosterKind, locale: Message.Locale) throws {
            let header = RosterExport.header(for: kind, locale: locale).map { RosterCell(text: $0) }
            let layout = try RosterLayout.locate(in: [header])
            #expect(layout.headerRowIndex == 0)
            #expect(layout.unrecognisedHeaders.isEmpty)
            let expected = Dictionary(uniqueKeysWithValues: RosterExport.fields(for: kind).enumerated().map { ($1, $0) })
            #expect(layout.columns == expected)
        }

        @Test func row_writesAMemberInHeaderOrder() {
            let row = RosterExport.row(Self.member, organizationName: "教育学部高精尖党支部", className: nil, for: .members)
            #expect(row == [
                "020100", "张三", "男", "110105********002X", "教育学部高精尖党支部", "正式党员", "2015-11-06", "2016-04-10",
                "2017-04-14", "2017-06-09", "2018-06-09", "宣传委员", "138****5678",
            ])
        }

        /// What we write, we read: the masked numbers are skipped, everything else comes back.
        @Test(arguments: Message.Locale.allCases)
        func row_readsBackThroughTheMapper(locale: Message.Locale) throws {
            // setup
            let header = RosterExport.header(for: .members, locale: locale).map { RosterCell(text: $0) }
            let cells = RosterExport.row(Self.member, organizationName: "教育学部高精尖党支部", className: nil,
                                         for: .members, locale: locale).map { RosterCell(text: $0) }
            let layout = try RosterLayout.locate(in: [header, cells])
            // MUT
            let draft = try RosterMapper.map(cells, rowNumber: 2, layout: layout, kind: .members, places: RosterMock.places).draft
            // validate
            #expect(draft.number == "020100")
            #expect(draft.gender == .male)
            #expect(draft.idNumber == nil && draft.phone == nil)
            #expect(draft.organizationID == RosterMock.orgID(2))
            #expect(draft.politicalStatus == .fullMember)
            #expect(draft.stages == Self.member.stages)
            #expect(draft.committeeRole == .propagandaCommissioner)
        }

        @Test func row_writesAStudentAndReadsBack() throws {
            var student = Self.member
            student.number = "2023001"; student.kind = .student; student.politicalStatus = .leagueMember
            student.stages = StageDates(); student.committeeRole = nil
            let row = RosterExport.row(student, organizationName: nil, className: "软件2301班", collegeName: "软件学院",
                                       majorName: "软件工程", dormName: "7-301", for: .students)
            #expect(row == ["2023001", "张三", "男", "软件学院", "软件工程", "软件2301班", "7-301", "共青团员", "138****5678"])
            let header = RosterExport.header(for: .students, locale: .zhHans).map { RosterCell(text: $0) }
            let layout = try RosterLayout.locate(in: [header])
            let draft = try RosterMapper.map(row.map { RosterCell(text: $0) }, rowNumber: 2, layout: layout,
                                             kind: .students, places: RosterMock.places).draft
            #expect(draft.classID == RosterMock.unitID(13) && draft.dormID == RosterMock.unitID(14))
            #expect(draft.politicalStatus == .leagueMember)
        }
    }
}
