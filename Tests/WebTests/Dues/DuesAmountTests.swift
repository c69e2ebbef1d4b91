import Domain
import Foundation
import Testing
import Vapor
@testable import Web

extension AllTests {
    /// GET /api/v1/dues/amount: the rule at every bracket edge, in 元 or 分, and bad input as a 422 JSON error.
    @Suite struct DuesAmountTests {
        @Test func edges_answerTheRuleAndAmount() async throws {
            try await withApp(clock: ManualClock(DuesWorld.now), demoMode: true) { app in
                // setup
                let member = try Browser(app)
                _ = try await member.apiLogin("member1")
                let cases: [(String, Int, String)] = [
                    ("category=salaried&base=3000", 1_500, "基数 ≤ 3000：0.5%"),
                    ("category=salaried&base=3000.01", 3_000, "3000 < 基数 ≤ 5000：1%"),
                    ("category=salaried&base=5000", 5_000, "3000 < 基数 ≤ 5000：1%"),
                    ("category=salaried&base=5000.01", 7_500, "5000 < 基数 ≤ 10000：1.5%"),
                    ("category=salaried&base=10000", 15_000, "5000 < 基数 ≤ 10000：1.5%"),
                    ("category=salaried&base=10000.01", 20_000, "基数 > 10000：2%"),
                    ("category=salaried&baseFen=300001", 3_000, "3000 < 基数 ≤ 5000：1%"),
                    ("category=salaried&base=2801", 1_401, "基数 ≤ 3000：0.5%"),
                    ("category=retired&base=5000.01", 5_000, "离退休，基数 > 5000：1%"),
                    ("category=student", 20, "学生、无固定收入、下岗失业、领取最低生活保障：每月0.20元"),
                ]
                for (query, fen, rule) in cases {
                    // MUT
                    let answer = try await member.json(.GET, "/api/v1/dues/amount?" + query)
                    // validate
                    #expect(answer.status == .ok, "\(query)")
                    let dto = try DuesWorld.decode(DuesAmountDTO.self, answer)
                    #expect(dto.amountFen == fen && dto.rule == rule, "\(query) → \(dto.amountFen) \(dto.rule)")
                    #expect(dto.amount == Fen.format(fen))
                }
            }
        }

        @Test func badInput_isA422WithTheField() async throws {
            try await withApp(clock: ManualClock(DuesWorld.now), demoMode: true) { app in
                let member = try Browser(app)
                _ = try await member.apiLogin("member1")
                for (query, field) in [("category=salaried&base=abc", "base"), ("category=salaried&base=3000.001", "base"),
                                       ("category=salaried", "base"), ("category=teacher&base=1", "category"),
                                       ("category=salaried&base=-5", "base"), ("category=salaried&baseFen=x", "baseFen")] {
                    // MUT
                    let answer = try await member.json(.GET, "/api/v1/dues/amount?" + query)
                    // validate
                    #expect(answer.status == .unprocessableEntity, "\(query)")
                    #expect(try DuesWorld.decode(APIError.self, answer).field == field, "\(query)")
                }
            }
        }
    }
}
