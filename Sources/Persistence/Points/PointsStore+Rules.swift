import Domain
import FluentKit
import Foundation

extension PointsStore {
    /// The school's rules as saved; events without a saved rule award nothing.
    public func rules(school: School.ID) async throws -> [PointRule] {
        try await PointRuleRecord.query(on: database).filter(\.$schoolID == school.rawValue).all().compactMap(\.domain)
            .sorted { PointEvent.allCases.firstIndex(of: $0.event)! < PointEvent.allCases.firstIndex(of: $1.event)! }
    }

    /// One line per event for the editor: the saved rule, or the standard one not yet saved (`saved` false).
    public func editableRules(school: School.ID) async throws -> [(rule: PointRule, saved: Bool)] {
        let saved = Dictionary(uniqueKeysWithValues: try await rules(school: school).map { ($0.event, $0) })
        return PointEvent.allCases.map { event in
            saved[event].map { ($0, true) } ?? (PointRule.standard(event, school: school), false)
        }
    }

    /// Saves the rule of an event for the actor's school (created from the standard one the first time).
    @discardableResult
    public func saveRule(_ rule: PointRule, context: AuditContext) async throws -> PointRule {
        guard let school = context.actor.schoolID, context.actor.scope.includes(school: school) else { throw DomainError.forbidden }
        var validated = try rule.validated()
        validated.schoolID = school
        return try await database.writing { [validated] tx in
            var rule = validated
            let record = try await PointRuleRecord.query(on: tx).filter(\.$schoolID == school.rawValue)
                .filter(\.$event == rule.event.rawValue).first() ?? PointRuleRecord()
            if let id = record.id { rule.id = .init(id) } else { record.createdAt = context.now }
            record.apply(rule)
            record.updatedAt = context.now
            try await record.save(on: tx)
            try await audit.append(context.event(.pointRuleSaved, target: "point_rule:\(rule.event.rawValue)", school: school,
                                                 detail: "\(rule.pointsPerUnit)/\(rule.unit.rawValue) day=\(rule.dailyCap.map(String.init) ?? "-") month=\(rule.monthlyCap.map(String.init) ?? "-") approval=\(rule.needsApproval) enabled=\(rule.isEnabled)"), on: tx)
            return rule
        }
    }

    /// The rule of an event, saved for the school and in force, or a refusal that says so.
    func ruleInForce(_ event: PointEvent, school: School.ID) async throws -> PointRule {
        guard let rule = try await PointLedgerSQL.rule(event, school: school, on: database), rule.isEnabled else {
            throw DomainError.invalid(field: "event", message: Message(zh: "该积分规则未启用", en: "This rule is not in force"))
        }
        return rule
    }
}
