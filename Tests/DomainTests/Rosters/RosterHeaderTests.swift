@testable import Domain
import Testing

extension RosterTests {
    @Suite struct HeaderTests {
        @Test func normalize_dropsWidthMarksNotesAndSpaces() {
            #expect(RosterHeader.normalize("＊姓　名（必填）") == "姓名")
            #expect(RosterHeader.normalize("*学号(工号)") == "学号")
            #expect(RosterHeader.normalize("【必填】身份证号[18位]") == "身份证号")
            #expect(RosterHeader.normalize(" 党籍状态（正式党员或预备党员）\n") == "党籍状态")
            #expect(RosterHeader.normalize("提交（书面）入党申请书时间") == "提交入党申请书时间")
            #expect(RosterHeader.normalize("ＩＤ Number") == "idnumber")
        }

        /// Every header of the fixture that corresponds to a field is read; the others are not mistaken for one.
        @Test func field_readsEveryFixtureHeader() {
            let expected: [String: RosterField?] = [
                "学工号": .number, "姓名": .name, "所在分党委编码": nil, "所在分党委": .committee, "所在党支部编码": nil,
                "所在党支部": .branch, "党籍状态（正式党员或预备党员）": .partyStanding, "组织关系转入时间": nil,
                "提交书面申请书时间": .applicationDate, "确定为入党积极分子时间": .activistDate,
                "确定为发展对象时间": .candidateDate, "入党介绍人": nil, "入党时间": .probationaryDate,
                "入党时所在党支部": nil, "转正时间": .fullDate, "转正时所在党支部": nil, "党内职务": .partyPost,
                "党内奖励": nil, "其他奖励": nil,
            ]
            #expect(Set(expected.keys) == Set(RosterFixture.header))
            for header in RosterFixture.header {
                #expect(RosterHeader.field(for: header) == expected[header]!, "\(header)")
            }
        }

        @Test(arguments: [
            ("学工号", RosterField.number), ("学号", .number), ("工号", .number), ("学号（工号）", .number),
            ("姓名", .name), ("性别", .gender),
            ("身份证号", .idNumber), ("公民身份证号", .idNumber), ("身份证号码", .idNumber),
            ("手机号", .phone), ("手机号码", .phone), ("联系电话", .phone), ("民族", .ethnicity), ("出生日期", .birthDate),
            ("人员类别", .kind), ("政治面貌", .politicalStatus), ("学院", .college), ("院系", .college),
            ("专业", .major), ("年级", .grade), ("班级", .className), ("宿舍", .dorm),
            ("所在党支部", .branch), ("所在党组织", .branch), ("党籍状态", .partyStanding),
            ("提交书面入党申请书时间", .applicationDate), ("提交(书面)入党申请书时间", .applicationDate),
            ("入党申请时间", .applicationDate), ("提交书面申请书时间", .applicationDate), ("申请入党时间", .applicationDate),
            ("确定为入党积极分子时间", .activistDate), ("确定积极分子时间", .activistDate),
            ("确定为发展对象时间", .candidateDate), ("确定发展对象时间", .candidateDate),
            ("入党时间", .probationaryDate), ("加入党组织日期", .probationaryDate),
            ("接收预备党员支部大会时间", .probationaryDate), ("接收为预备党员时间", .probationaryDate),
            ("转正时间", .fullDate), ("转为正式党员日期", .fullDate), ("党内职务", .partyPost),
        ])
        func field_readsAliases(header: String, field: RosterField) {
            #expect(RosterHeader.field(for: header) == field)
        }

        @Test func field_treatsDateAndTimeSuffixesAlike() {
            #expect(RosterHeader.field(for: "入党日期") == .probationaryDate)
            #expect(RosterHeader.field(for: "转为正式党员时间") == .fullDate)
            #expect(RosterHeader.field(for: "确定为发展对象日期") == .candidateDate)
        }

        @Test func field_matchesWholeHeadersOnly() {
            #expect(RosterHeader.field(for: "入党时所在党支部") == nil)
            #expect(RosterHeader.field(for: "姓名拼音") == nil)
            #expect(RosterHeader.field(for: "（备注）") == nil)
            #expect(RosterHeader.field(for: "") == nil)
        }

        /// No alias is claimed by two fields: each reads back as its own.
        @Test func aliases_belongToOneFieldEach() {
            for field in RosterField.allCases {
                for alias in field.aliases + [field.label.zh, field.label.en] {
                    #expect(RosterHeader.field(for: alias) == field, "\(alias)")
                }
            }
        }
    }
}
