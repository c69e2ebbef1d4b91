import Domain
import Foundation
import Persistence
import Plot
import Vapor

/// 积分规则 (/settings/points): the organisation department edits each event's points, unit, caps, approval and
/// whether it is in force. One small form per rule, so a refused value comes back beside its own field.
enum PointSettingsController {
    static let endpoints = [
        Endpoint(.GET, "settings/points", .configurePointRules, index),
        Endpoint(.POST, "settings/points/:event", .configurePointRules, save),
    ]

    struct RuleForm: Content {
        var name: String?
        var points: String?
        var unit: String?
        var dailyCap: String?
        var monthlyCap: String?
        var needsApproval: String?
        var enabled: String?

        func rule(_ base: PointRule) throws -> PointRule {
            var r = base
            r.name = name ?? ""
            guard let p = Int((points ?? "").trimmingCharacters(in: .whitespaces)) else {
                throw DomainError.invalid(field: "points", message: Message(zh: "分值应为整数", en: "Points must be a whole number"))
            }
            r.pointsPerUnit = p
            r.unit = unit.flatMap(PointUnit.init(rawValue:)) ?? base.unit
            r.dailyCap = try cap(dailyCap, field: "dailyCap"); r.monthlyCap = try cap(monthlyCap, field: "monthlyCap")
            r.needsApproval = needsApproval == "true"; r.isEnabled = enabled == "true"
            return r
        }

        private func cap(_ text: String?, field: String) throws -> Int? {
            let t = (text ?? "").trimmingCharacters(in: .whitespaces)
            if t.isEmpty { return nil }
            guard let v = Int(t) else {
                throw DomainError.invalid(field: field, message: Message(zh: "上限应为整数或留空", en: "A cap is a whole number or empty"))
            }
            return v
        }
    }

    @Sendable static func index(_ request: Request) async throws -> Response {
        try await render(request, failed: nil)
    }

    @Sendable static func save(_ request: Request) async throws -> Response {
        guard let event = request.parameters.get("event").flatMap(PointEvent.init(rawValue:)),
              let school = try request.actor.schoolID else { throw DomainError.notFound }
        let form = try request.content.decode(RuleForm.self)
        guard let base = try await request.stores.points.editableRules(school: school).first(where: { $0.rule.event == event })?.rule
        else { throw DomainError.notFound }
        do {
            try await request.stores.points.saveRule(try form.rule(base), context: try request.auditContext)
            return request.redirect(to: PointRoute.rules.path, redirectType: .normal)
        } catch let error as DomainError where error.status == .unprocessableEntity {
            return try await render(request, failed: (event, form, error), status: error.status)
        }
    }

    static func render(_ request: Request, failed: (PointEvent, RuleForm, DomainError)?, status: HTTPResponseStatus = .ok) async throws -> Response {
        guard let school = try request.actor.schoolID else { throw DomainError.notFound }
        let rules = try await request.stores.points.editableRules(school: school)
        let context = PageContext(request), s = context.strings
        let html = Layout.page(s.pointsRulesTitle, context, .group(
            .p(.class("hint"), .text(s.pointsRulesHint)),
            .forEach(rules) { line in
                let typed = failed?.0 == line.rule.event ? failed : nil
                return ruleForm(line.rule, saved: line.saved, typed: typed?.1, error: typed?.2, context: context)
            }))
        return try html.response(status: status)
    }

    private static func ruleForm(_ r: PointRule, saved: Bool, typed: RuleForm?, error: DomainError?, context: PageContext) -> Node<HTML.BodyContext> {
        let s = context.strings
        let message = error.map { $0.message(s.locale) }
        func fieldError(_ name: String) -> String? { error?.field == name ? message : nil }
        let value = { (typedValue: String?, stored: String) in typedValue ?? stored }
        return .section(.class("rule"), .id("rule-\(r.event.rawValue)"),
            .h2(.text(r.event.label.text(s.locale))),
            .if(!saved, .p(.class("hint"), .text(s.pointsNotSaved))),
            .form(.method(.post), .action(PointRoute.rule(r.event).path), .class("stacked"),
                  Form.csrf(context.csrfToken),
                  Form.text(s.pointsRule, name: "name", value: value(typed?.name, r.name), required: true, error: fieldError("name")),
                  Form.text(s.pointsPerUnit, name: "points", value: value(typed?.points, String(r.pointsPerUnit)), required: true,
                            type: .number, error: fieldError("points")),
                  Form.select(s.pointsUnit, name: "unit", options: PointUnit.allCases.map { ($0.rawValue, $0.label.text(s.locale)) },
                              selected: typed?.unit ?? r.unit.rawValue),
                  Form.text(s.pointsDailyCap, name: "dailyCap", value: value(typed?.dailyCap, r.dailyCap.map(String.init) ?? ""),
                            type: .number, error: fieldError("dailyCap")),
                  Form.text(s.pointsMonthlyCap, name: "monthlyCap", value: value(typed?.monthlyCap, r.monthlyCap.map(String.init) ?? ""),
                            type: .number, error: fieldError("monthlyCap")),
                  Form.checkbox(s.pointsNeedsApproval, name: "needsApproval", checked: typed.map { $0.needsApproval == "true" } ?? r.needsApproval),
                  Form.checkbox(s.pointsEnabled, name: "enabled", checked: typed.map { $0.enabled == "true" } ?? (saved && r.isEnabled)),
                  .button(.type(.submit), .class("primary"), .text(s.save))))
    }
}
