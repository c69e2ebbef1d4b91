@testable import Domain
import Foundation
import Testing

extension RuleTests {
    /// What a requester or a briefing's recorder submits, and a school's ticket settings, checked before storing.
    @Suite struct TicketDraftTests {
        typealias F = TicketFixture
        static let briefing = Briefing.ID(RuleFixture.uuid(440))

        static func draft(title: String = "宿舍热水供应不稳定", body: String = "7号楼晚上十点后没有热水。",
                          channel: TicketChannel = .web, visitPlace: VisitPlace? = nil, briefingID: Briefing.ID? = nil,
                          answerOnSpot: String? = nil) -> TicketDraft {
            TicketDraft(categoryID: F.category1, title: title, body: body, channel: channel, visitPlace: visitPlace,
                        briefingID: briefingID, answerOnSpot: answerOnSpot)
        }

        // MARK: - TicketDraft

        @Test func validated_textsTrimmed() throws {
            // MUT
            let draft = try Self.draft(title: "\u{3000}热水问题 ", body: "\n没有热水 \t").validated()
            // validate
            #expect(draft.title == "热水问题")
            #expect(draft.body == "没有热水")
        }

        @Test(arguments: ["", "  \n", String(repeating: "题", count: TicketDraft.titleLimit + 1)])
        func validated_blankOrLongTitle_refused(_ title: String) {
            // MUT
            let error = #expect(throws: DomainError.self) { try Self.draft(title: title, body: "").validated() }
            // validate
            #expect(error?.invalidField == "title")
        }

        @Test(arguments: ["", "\t ", String(repeating: "述", count: TicketDraft.bodyLimit + 1)])
        func validated_blankOrLongBody_refused(_ body: String) {
            // MUT
            let error = #expect(throws: DomainError.self) { try Self.draft(body: body).validated() }
            // validate
            #expect(error?.invalidField == "body")
        }

        @Test func validated_titleAndBodyAtLimits_accepted() throws {
            // MUT
            let draft = try Self.draft(title: String(repeating: "题", count: TicketDraft.titleLimit),
                                       body: String(repeating: "述", count: TicketDraft.bodyLimit)).validated()
            // validate
            #expect(draft.title.count == 80 && draft.body.count == 2000)
        }

        /// 七进: a visit names its place; no other channel keeps one.
        @Test func validated_visitWithoutPlace_refused() {
            // MUT
            let error = #expect(throws: DomainError.self) { try Self.draft(channel: .visit).validated() }
            // validate
            #expect(error?.invalidField == "visitPlace")
        }

        @Test(arguments: [(TicketChannel.visit, VisitPlace?.some(.dormitory)), (.web, nil), (.suggestionBox, nil),
                          (.briefing, nil)])
        func validated_visitPlaceKeptOnlyForVisits(_ channel: TicketChannel, _ kept: VisitPlace?) throws {
            // MUT
            let draft = try Self.draft(channel: channel, visitPlace: .dormitory, briefingID: Self.briefing).validated()
            // validate
            #expect(draft.visitPlace == kept)
        }

        @Test func validated_briefingWithoutBriefing_refused() {
            // MUT
            let error = #expect(throws: DomainError.self) { try Self.draft(channel: .briefing).validated() }
            // validate
            #expect(error?.invalidField == "briefing")
        }

        /// A question from a briefing keeps its briefing and the answer given on the spot, trimmed.
        @Test func validated_briefingKeepsBriefingAndAnswerOnSpot() throws {
            // MUT
            let draft = try Self.draft(channel: .briefing, briefingID: Self.briefing, answerOnSpot: " 下周恢复 ").validated()
            // validate
            #expect(draft.briefingID == Self.briefing)
            #expect(draft.answerOnSpot == "下周恢复")
        }

        @Test func validated_blankAnswerOnSpot_none() throws {
            // MUT
            let draft = try Self.draft(channel: .briefing, briefingID: Self.briefing, answerOnSpot: " \n").validated()
            // validate
            #expect(draft.answerOnSpot == nil)
        }

        @Test(arguments: [TicketChannel.web, .suggestionBox, .visit])
        func validated_otherChannels_dropBriefingAndAnswerOnSpot(_ channel: TicketChannel) throws {
            // MUT
            let draft = try Self.draft(channel: channel, visitPlace: .canteen, briefingID: Self.briefing,
                                       answerOnSpot: "已答复").validated()
            // validate
            #expect(draft.briefingID == nil)
            #expect(draft.answerOnSpot == nil)
        }

        @Test func validated_longAnswerOnSpot_refused() {
            // setup
            let draft = Self.draft(channel: .briefing, briefingID: Self.briefing,
                                   answerOnSpot: String(repeating: "答", count: TicketAction.answerLimit + 1))
            // MUT
            let error = #expect(throws: DomainError.self) { try draft.validated() }
            // validate
            #expect(error?.invalidField == "answerOnSpot")
        }

        // MARK: - BriefingDraft

        static let today = "2026-03-11"

        static func briefingDraft(heldOn: String = "2026-03-11", title: String = "三月工作通报面对面", place: String = "图书馆报告厅",
                                  reports: [Briefing.Report] = [], representatives: [Briefing.Representative] = []) throws -> BriefingDraft {
            BriefingDraft(heldOn: try RuleFixture.date(heldOn), title: title, place: place, reports: reports,
                          representatives: representatives)
        }

        /// Texts trimmed; empty reports and nameless representatives dropped.
        @Test func briefingValidated_trimsAndDropsBlanks() throws {
            // setup
            let draft = try Self.briefingDraft(title: " 三月通报 ", place: " 报告厅\n", reports: [
                .init(departmentID: F.department1, summary: " 本月受理诉求12件 "),
                .init(departmentID: F.department2, summary: "  "),
            ], representatives: [
                .init(name: " 张三 ", kind: .student, collegeID: nil), .init(name: " ", kind: .teacher, collegeID: nil),
            ])
            // MUT
            let validated = try draft.validated(today: try RuleFixture.date(Self.today))
            // validate
            #expect(validated.title == "三月通报")
            #expect(validated.place == "报告厅")
            #expect(validated.reports == [.init(departmentID: F.department1, summary: "本月受理诉求12件")])
            #expect(validated.representatives.map(\.name) == ["张三"])
        }

        @Test(arguments: [
            ("", "报告厅", "2026-03-11", "title"),
            ("  ", "报告厅", "2026-03-11", "title"),
            (String(repeating: "题", count: 81), "报告厅", "2026-03-11", "title"),
            ("三月通报", String(repeating: "地", count: 81), "2026-03-11", "place"),
            ("三月通报", "报告厅", "2026-05-11", "heldOn"),
        ])
        func briefingValidated_badField_refused(_ title: String, _ place: String, _ heldOn: String, _ field: String) throws {
            // setup
            let draft = try Self.briefingDraft(heldOn: heldOn, title: title, place: place)
            let today = try RuleFixture.date(Self.today)
            // MUT
            let error = #expect(throws: DomainError.self) { try draft.validated(today: today) }
            // validate
            #expect(error?.invalidField == field)
        }

        /// Up to 60 days ahead (10 May from 11 March), and any day past; no place is fine.
        @Test(arguments: ["2026-05-10", "2026-03-11", "2025-09-01"])
        func briefingValidated_heldOnUpToSixtyDaysAhead_accepted(_ heldOn: String) throws {
            // setup
            let draft = try Self.briefingDraft(heldOn: heldOn, place: "")
            // MUT / validate
            #expect(try draft.validated(today: try RuleFixture.date(Self.today)).heldOn == (try RuleFixture.date(heldOn)))
        }

        @Test func briefingValidated_longReport_refused() throws {
            // setup
            let draft = try Self.briefingDraft(reports: [.init(departmentID: F.department1, summary: String(repeating: "报", count: 4001))])
            let today = try RuleFixture.date(Self.today)
            // MUT
            let error = #expect(throws: DomainError.self) { try draft.validated(today: today) }
            // validate
            #expect(error?.invalidField == "reports")
        }

        @Test func briefingValidated_departmentReportingTwice_refused() throws {
            // setup
            let draft = try Self.briefingDraft(reports: [.init(departmentID: F.department1, summary: "通报一"),
                                                         .init(departmentID: F.department1, summary: "通报二")])
            let today = try RuleFixture.date(Self.today)
            // MUT
            let error = #expect(throws: DomainError.self) { try draft.validated(today: today) }
            // validate
            #expect(error?.invalidField == "reports")
        }

        /// An empty second report of the same department is dropped before the check, so it is no duplicate.
        @Test func briefingValidated_emptyDuplicateReport_dropped() throws {
            // setup
            let draft = try Self.briefingDraft(reports: [.init(departmentID: F.department1, summary: "通报一"),
                                                         .init(departmentID: F.department1, summary: " ")])
            // MUT
            let validated = try draft.validated(today: try RuleFixture.date(Self.today))
            // validate
            #expect(validated.reports.count == 1)
        }

        // MARK: - categories and settings

        @Test(arguments: [("", 5, "name"), ("  ", 5, "name"), (String(repeating: "类", count: 61), 5, "name"),
                          ("宿舍管理", 0, "timeLimitDays"), ("宿舍管理", 61, "timeLimitDays"), ("宿舍管理", -1, "timeLimitDays")])
        func categoryValidate_badField_refused(_ name: String, _ limit: Int, _ field: String) {
            // MUT
            let error = #expect(throws: DomainError.self) { try TicketCategory.validate(name: name, timeLimitDays: limit) }
            // validate
            #expect(error?.invalidField == field)
        }

        @Test(arguments: [1, 60])
        func categoryValidate_limitAtBounds_accepted(_ limit: Int) throws {
            // MUT / validate
            try TicketCategory.validate(name: String(repeating: "类", count: 60), timeLimitDays: limit)
        }

        @Test(arguments: [
            (TicketSettings(autoConfirmDays: 0), "autoConfirmDays"), (TicketSettings(autoConfirmDays: 61), "autoConfirmDays"),
            (TicketSettings(reopenDays: 0), "reopenDays"), (TicketSettings(reopenDays: 61), "reopenDays"),
            (TicketSettings(supervisorAfterWorkingDays: 0), "supervisorAfterWorkingDays"),
            (TicketSettings(supervisorAfterWorkingDays: 61), "supervisorAfterWorkingDays"),
        ])
        func settingsValidated_outOfRange_refused(_ settings: TicketSettings, _ field: String) {
            // MUT
            let error = #expect(throws: DomainError.self) { try settings.validated() }
            // validate
            #expect(error?.invalidField == field)
        }

        @Test func settingsValidated_standardAndBounds_accepted() throws {
            // MUT / validate
            #expect(try TicketSettings.standard.validated() == TicketSettings(autoConfirmDays: 7, reopenDays: 7, supervisorAfterWorkingDays: 2))
            let bounds = TicketSettings(autoConfirmDays: 1, reopenDays: 60, supervisorAfterWorkingDays: 60)
            #expect(try bounds.validated() == bounds)
        }
    }
}
