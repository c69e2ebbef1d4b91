@testable import Domain
import Tagged
import Testing

extension RosterTests {
    /// Who a row is: numbers, personal numbers and the words for gender.
    @Suite struct MapperIdentityTests {
        private static let validID = "11010519491231002X"
        private static let sheet = RosterSheet(["学工号": "00123", "姓名": "李四", "所在党支部": "教育学部高精尖党支部"])

        @Test func map_readsTheFixtureSampleRow() throws {
            // setup
            let layout = try RosterLayout.locate(in: [RosterFixture.header.map { RosterCell(text: $0) }])
            // MUT
            let row = try RosterMapper.map(RosterFixture.sampleRow, rowNumber: 2, layout: layout, kind: .members,
                                           places: RosterMock.places)
            // validate
            #expect(row.rowNumber == 2)
            #expect(row.draft.number == "11312018275")
            #expect(row.draft.name == "张三")
            #expect(row.draft.organizationID == RosterMock.orgID(2))
            #expect(row.draft.kind == .staff)
            #expect(row.draft.politicalStatus == .fullMember)
            #expect(row.draft.stages == StageDates(
                application: LocalDate(year: 2015, month: 11, day: 6), activist: LocalDate(year: 2016, month: 4, day: 10),
                developmentCandidate: LocalDate(year: 2017, month: 4, day: 14),
                probationary: LocalDate(year: 2017, month: 6, day: 9), full: LocalDate(year: 2018, month: 6, day: 9)))
        }

        @Test func map_keepsLeadingZerosOfTheNumber() throws {
            #expect(try Self.sheet.map().draft.number == "00123")
        }

        @Test func map_refusesANumberThatExcelMangled() {
            let error = Self.sheet.setting("学工号", RosterCell(text: "1.1312018275E10", isNumber: true)).error()
            #expect(error?.field == .number)
            #expect(error?.message.zh.contains("请将学工号列设为文本格式") == true)
        }

        @Test func map_refusesAnEmptyNumber() {
            #expect(Self.sheet.setting("学工号", RosterCell(text: " ")).error()?.field == .number)
        }

        @Test(arguments: [
            RosterCell(text: "110105194912310000", isNumber: true),
            RosterCell(text: "1.10105194912310E+17", isNumber: true),
            RosterCell(text: "1.10101199003071E+17"),
        ])
        func map_refusesAnIDNumberStoredAsANumber(cell: RosterCell) {
            let error = Self.sheet.setting("身份证号", cell).error()
            #expect(error == RosterRowError(rowNumber: 2, field: .idNumber, message: Message(
                zh: "身份证号被 Excel 按数字保存，后几位已丢失；请将该列设为文本格式后重新导出",
                en: "The ID number was stored by Excel as a number and its last digits are lost; format the column as text and export again")))
        }

        @Test func map_refusesAWrongCheckDigit() {
            let error = Self.sheet.setting("身份证号", RosterCell(text: "110105194912310021")).error()
            #expect(error?.field == .idNumber)
            #expect(error?.message.zh.contains("校验位") == true)
        }

        @Test func map_readsAValidIDNumberAndItsBirthDate() throws {
            let draft = try Self.sheet.setting("身份证号", RosterCell(text: "11010519491231002x")).map().draft
            #expect(draft.idNumber?.value == Self.validID)
            #expect(draft.birthDate == LocalDate(year: 1949, month: 12, day: 31))
        }

        @Test func map_skipsAMaskedIDNumber() throws {
            #expect(try Self.sheet.setting("身份证号", RosterCell(text: "110105********002X")).map().draft.idNumber == nil)
        }

        @Test(arguments: [
            RosterCell(text: "13812345678"), RosterCell(text: "13812345678", isNumber: true),
            RosterCell(text: "13812345678.0", isNumber: true), RosterCell(text: "1.3812345678E10", isNumber: true),
            RosterCell(text: "138-1234-5678"), RosterCell(text: "+86 138 1234 5678"),
        ])
        func map_readsPhoneNumbersHoweverStored(cell: RosterCell) throws {
            #expect(try Self.sheet.setting("手机号", cell).map().draft.phone?.value == "13812345678")
        }

        @Test func map_refusesAnInvalidPhone() {
            #expect(Self.sheet.setting("手机号", RosterCell(text: "1381234")).error()?.field == .phone)
        }

        @Test(arguments: [("男", Person.Gender.male), ("女", .female), ("male", .male), ("Female", .female),
                          ("M", .male), ("f", .female), ("男性", .male)])
        func map_readsGenderWords(word: String, gender: Person.Gender) throws {
            #expect(try Self.sheet.setting("性别", RosterCell(text: word)).map().draft.gender == gender)
        }

        @Test func map_refusesAnUnknownGender() {
            let error = Self.sheet.setting("性别", RosterCell(text: "未知")).error()
            #expect(error?.field == .gender)
            #expect(error?.message.zh.contains("“男”或“女”") == true)
        }

        @Test func map_readsEthnicityAndBirthDate() throws {
            let draft = try Self.sheet.setting("民族", RosterCell(text: "汉族"))
                .setting("出生日期", RosterCell(text: "1990.03")).map().draft
            #expect(draft.ethnicity == "汉族")
            #expect(draft.birthDate == LocalDate(year: 1990, month: 3, day: 1))
        }

        @Test func map_withoutNumberColumnNeedsTheIDNumber() throws {
            let sheet = RosterSheet(["姓名": "李四", "身份证号": Self.validID, "所在党支部": "教育学部高精尖党支部"])
            let draft = try sheet.map().draft
            #expect(draft.number == "")
            #expect(draft.idNumber?.value == Self.validID)
            #expect(sheet.setting("身份证号", RosterCell(text: "")).error()?.field == .idNumber)
        }

        @Test func map_refusesAnEmptyName() {
            #expect(Self.sheet.setting("姓名", RosterCell(text: "")).error()?.field == .name)
        }

        @Test func isBlank_skipsRowsWithNothingInThem() {
            #expect(RosterMapper.isBlank([]))
            #expect(RosterMapper.isBlank([RosterCell(text: ""), RosterCell(text: "  "), RosterCell(text: "\n")]))
            #expect(!RosterMapper.isBlank([RosterCell(text: ""), RosterCell(text: "0", isNumber: true)]))
        }

        @Test func isBlankInLayout_skipsTheFixturesNoticeRow() throws {
            let layout = try RosterLayout.locate(in: [RosterFixture.header.map { RosterCell(text: $0) }])
            let notice = [RosterCell(text: ""), RosterCell(text: ""), RosterCell(text: "填写注意事项：\n\n1、本表仅提供给校内人员……")]
            #expect(!RosterMapper.isBlank(notice))
            #expect(RosterMapper.isBlank(notice, in: layout))
            #expect(!RosterMapper.isBlank(RosterFixture.sampleRow, in: layout))
        }
    }
}
