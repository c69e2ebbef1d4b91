@testable import Domain
import Testing

extension RosterTests {
    @Suite struct LayoutTests {
        private func row(_ texts: String...) -> [RosterCell] { texts.map { RosterCell(text: $0) } }

        @Test func locate_fixtureHeaderRow() throws {
            // setup
            let rows = [RosterFixture.header.map { RosterCell(text: $0) }, RosterFixture.sampleRow]
            // MUT
            let layout = try RosterLayout.locate(in: rows)
            // validate
            #expect(layout.headerRowIndex == 0)
            #expect(layout.columns == [
                .number: 0, .name: 1, .committee: 3, .branch: 5, .partyStanding: 6, .applicationDate: 8,
                .activistDate: 9, .candidateDate: 10, .probationaryDate: 12, .fullDate: 14, .partyPost: 16,
            ])
            #expect(layout.unrecognisedHeaders == [
                "所在分党委编码", "所在党支部编码", "组织关系转入时间", "入党介绍人", "入党时所在党支部", "转正时所在党支部",
                "党内奖励", "其他奖励",
            ])
        }

        @Test func locate_headerAfterFourTitleRows() throws {
            let rows = [
                row("中共某某大学党员花名册"), row("填报单位：教育学部委员会", "", "填报日期：2024年5月"), row(),
                row("姓名"), // a title mentioning 姓名 alone is not a header row
                row("序号", "＊学号", "＊姓名", "性别", "身份证号（18位）", "所在党支部"),
                row("1", "2023001", "李四", "男", "", "第一党支部"),
            ]
            let layout = try RosterLayout.locate(in: rows)
            #expect(layout.headerRowIndex == 4)
            #expect(layout.columns == [.number: 1, .name: 2, .gender: 3, .idNumber: 4, .branch: 5])
            #expect(layout.unrecognisedHeaders == ["序号"])
        }

        @Test func locate_reportsASecondColumnForTheSameField() throws {
            let layout = try RosterLayout.locate(in: [row("学号", "姓名", "工号")])
            #expect(layout.columns == [.number: 0, .name: 1])
            #expect(layout.unrecognisedHeaders == ["工号"])
        }

        @Test func locate_acceptsIDNumberWithoutNumber() throws {
            let layout = try RosterLayout.locate(in: [row("姓名", "公民身份证号")])
            #expect(layout.columns == [.name: 0, .idNumber: 1])
        }

        @Test func locate_refusesSheetWithoutHeader() {
            let rows = Array(repeating: row("说明", "备注"), count: 10) + [row("学号", "姓名")]
            #expect(throws: DomainError.self) { try RosterLayout.locate(in: rows) }
            do {
                _ = try RosterLayout.locate(in: rows)
            } catch let DomainError.invalid(_, message) {
                #expect(message.zh.contains("找不到表头行"))
            } catch {
                Issue.record("unexpected \(error)")
            }
        }

        @Test func locate_refusesSheetWithoutNumberOrIDNumber() {
            do {
                _ = try RosterLayout.locate(in: [row("姓名", "性别", "所在党支部")])
                Issue.record("expected a refusal")
            } catch let DomainError.invalid(field, message) {
                #expect(field == "number")
                #expect(message.zh.contains("学工号") && message.zh.contains("身份证号"))
            } catch {
                Issue.record("unexpected \(error)")
            }
        }
    }
}
