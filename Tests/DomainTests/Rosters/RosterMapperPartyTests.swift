@testable import Domain
import Testing

extension RosterTests {
    /// The party record: stage dates, 党籍状态 and 政治面貌, 党内职务.
    @Suite struct MapperPartyTests {
        private static let sheet = RosterSheet([
            "学工号": "2001", "姓名": "王五", "所在党支部": "教育学部高精尖党支部", "提交书面入党申请书时间": "2015-09-10",
            "确定为入党积极分子时间": "2016-03-01", "确定为发展对象时间": "2017-03-15", "入党时间": "2017-06-09",
        ])

        @Test func map_refusesACandidateDateTooEarlyNamingArticle13() {
            let error = Self.sheet.setting("确定为发展对象时间", RosterCell(text: "2016.09.01")).error()
            #expect(error?.rowNumber == 2)
            #expect(error?.field == .candidateDate)
            #expect(error?.message.zh.contains("第十三条") == true)
            #expect(error?.message.en.contains("art. 13") == true)
        }

        @Test func map_refusesAFullDateBeforeProbationEnds() {
            let error = Self.sheet.setting("转正时间", RosterCell(text: "2018-01-01")).error()
            #expect(error?.field == .fullDate)
            #expect(error?.message.zh.contains("第七条") == true)
        }

        @Test func map_derivesStatusFromTheDates() throws {
            #expect(try Self.sheet.map().draft.politicalStatus == .probationaryMember)
        }

        /// Old records often lack 转正时间: a stated 正式 with an admission date is taken at its word.
        @Test func map_acceptsFullStandingWithoutAFullDate() throws {
            let draft = try Self.sheet.setting("党籍状态", RosterCell(text: "正式")).map().draft
            #expect(draft.politicalStatus == .fullMember)
            #expect(draft.stages.full == nil)
        }

        @Test func map_refusesProbationaryStandingWithAFullDate() {
            let error = Self.sheet.setting("党籍状态", RosterCell(text: "预备党员"))
                .setting("转正时间", RosterCell(text: "2018-06-09")).error()
            #expect(error?.field == .partyStanding)
            #expect(error?.message.zh.contains("转正时间") == true)
        }

        @Test func map_refusesAnUnknownStanding() {
            let error = Self.sheet.setting("党籍状态", RosterCell(text: "停止党籍")).error()
            #expect(error?.field == .partyStanding)
            #expect(error?.message.zh.contains("正式党员") == true)
        }

        @Test func map_takesAMemberRosterRowWithoutStatusAsFullMember() throws {
            let sheet = RosterSheet(["学工号": "2001", "姓名": "王五", "所在党支部": "教育学部高精尖党支部"])
            #expect(try sheet.map().draft.politicalStatus == .fullMember)
            #expect(try sheet.setting("党籍状态", RosterCell(text: "预备")).map().draft.politicalStatus == .probationaryMember)
        }

        @Test(arguments: [
            ("中共党员", PoliticalStatus.fullMember), ("正式党员", .fullMember), ("中共预备党员", .probationaryMember),
            ("预备党员", .probationaryMember), ("共青团员", .leagueMember), ("团员", .leagueMember), ("群众", .masses),
            ("入党积极分子", .activist), ("发展对象", .developmentCandidate), ("入党申请人", .applicant),
            ("league_member", .leagueMember), ("full_member", .fullMember),
        ])
        func map_readsPoliticalStatusWords(word: String, status: PoliticalStatus) throws {
            let sheet = RosterSheet(["学号": "2023001", "姓名": "赵六", "班级": "软件2301班", "政治面貌": word])
            #expect(try sheet.map(.students).draft.politicalStatus == status)
        }

        @Test func map_prefersAnActivistsDatesToLeagueMember() throws {
            let sheet = RosterSheet(["学号": "2023001", "姓名": "赵六", "班级": "软件2301班", "政治面貌": "共青团员",
                                     "入党申请时间": "2023-10-08", "确定积极分子时间": "2024-04-01"])
            #expect(try sheet.map(.students).draft.politicalStatus == .activist)
        }

        @Test func map_refusesMassesWithAnAdmissionDate() {
            let sheet = RosterSheet(["学号": "2023001", "姓名": "赵六", "班级": "软件2301班", "政治面貌": "群众",
                                     "入党时间": "2024-06-01"])
            #expect(sheet.error(.students)?.field == .politicalStatus)
        }

        @Test(arguments: [
            ("书记", CommitteeRole?.some(.secretary)), ("支部书记", .secretary), ("副书记", .deputySecretary),
            ("组织委员", .organizationCommissioner), ("宣传委员", .propagandaCommissioner),
            ("纪检委员", .disciplineCommissioner), ("委员", .member), ("支委", .member),
            ("支部书记、组织委员", .secretary), ("党小组长", nil), ("", nil),
        ])
        func map_readsPartyPostsAndIgnoresOthers(post: String, role: CommitteeRole?) throws {
            #expect(try Self.sheet.setting("党内职务", RosterCell(text: post)).map().draft.committeeRole == role)
        }
    }
}
