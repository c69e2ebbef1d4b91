import Domain
import Foundation
import Persistence
import Plot
import Vapor

/// A school's rules of organisational life: the count and period per kind, grace and reminder days, and the
/// checklist of required elements per kind. Only the school-level organisation department may change them.
enum MeetingRulesController {
    static let endpoints = [
        Endpoint(.GET, "settings/meeting-rules", .configureMeetingRules, show),
        Endpoint(.POST, "settings/meeting-rules", .configureMeetingRules, save),
    ]

    @Sendable static func show(_ request: Request) async throws -> Response {
        let actor = try request.actor
        guard let school = actor.schoolID else { throw DomainError.notFound }
        let rules = try await request.stores.meetingRules.rules(of: school)
        return try render(request, rules: rules, typed: nil, error: nil)
    }

    @Sendable static func save(_ request: Request) async throws -> Response {
        let actor = try request.actor
        guard let school = actor.schoolID else { throw DomainError.notFound }
        let fields = try request.content.decode([String: String].self)
        let current = try await request.stores.meetingRules.rules(of: school)
        do {
            let rules = try parse(fields, base: current)
            try await request.stores.meetingRules.save(rules, for: school, context: try request.auditContext)
            return request.redirect(to: MeetingRoute.rules.path, redirectType: .normal)
        } catch let error as DomainError where error.status == .unprocessableEntity {
            return try render(request, rules: current, typed: fields, error: error)
        }
    }

    /// Reads `count_<kind>_<appliesTo>`, `unit_…`, `graceDays`, `reminderDays` and `elements_<kind>` (key|中文|English lines).
    static func parse(_ fields: [String: String], base: MeetingRules) throws -> MeetingRules {
        var rules = base
        for index in rules.requirements.indices {
            let key = "\(rules.requirements[index].kind.rawValue)_\(rules.requirements[index].appliesTo.rawValue)"
            guard let count = fields["count_\(key)"].flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }),
                  let unit = fields["unit_\(key)"].flatMap(Period.Unit.init(rawValue:)) else {
                throw DomainError.invalid(field: "count", message: Message(zh: "\(rules.requirements[index].kind.label.zh)的次数须为整数",
                                                                            en: "\(rules.requirements[index].kind.label.en): enter a whole number"))
            }
            rules.requirements[index].count = count; rules.requirements[index].unit = unit
        }
        guard let grace = fields["graceDays"].flatMap({ Int($0) }), let reminder = fields["reminderDays"].flatMap({ Int($0) }) else {
            throw DomainError.invalid(field: "graceDays", message: Message(zh: "天数须为整数", en: "Days must be whole numbers"))
        }
        rules.graceDays = grace; rules.reminderDaysBeforeEnd = reminder
        for kind in MeetingKind.allCases {
            let lines = (fields["elements_\(kind.rawValue)"] ?? "").split(whereSeparator: \.isNewline)
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            rules.requiredElements[kind] = try lines.map { line in
                let parts = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
                guard parts.count == 3, !parts[0].isEmpty, !parts[1].isEmpty,
                      parts[0].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else {
                    throw DomainError.invalid(field: "elements", message: Message(
                        zh: "规定环节格式应为：代码|中文|English（代码只用英文字母、数字、下划线）：\(line)",
                        en: "Write each element as key|中文|English (key: letters, digits, _): \(line)"))
                }
                return RequiredElement(id: parts[0], zh: parts[1], en: parts[2].isEmpty ? parts[1] : parts[2])
            }
        }
        return rules
    }

    private static func render(_ request: Request, rules: MeetingRules, typed: [String: String]?, error: DomainError?) throws -> Response {
        let s = request.strings, context = PageContext(request)
        let value = { (name: String, fallback: String) in typed?[name] ?? fallback }
        let content: Node<HTML.BodyContext> = .div(.class("card"),
            .p(.class("hint"), .text(s.rulesHint)),
            .form(.method(.post), .action(MeetingRoute.rules.path), Form.csrf(context.csrfToken),
                Form.errorSummary(error.map { $0.message(s.locale) }),
                .div(.class("table-wrap"), .table(
                    .thead(.tr(.th(.text(s.meetingKind)), .th(.text(s.unitColumn)), .th(.text(s.countPerPeriod)), .th(.text(s.rule)))),
                    .tbody(.forEach(rules.requirements) { r in
                        let key = "\(r.kind.rawValue)_\(r.appliesTo.rawValue)"
                        return .tr(.td(.text(s.text(r.kind.label))),
                                   .td(Form.select("", name: "unit_\(key)", options: Period.Unit.allCases.map { ($0.rawValue, s.text($0.label)) },
                                                   selected: value("unit_\(key)", r.unit.rawValue))),
                                   .td(.input(.type(.number), .name("count_\(key)"), .value(value("count_\(key)", String(r.count))),
                                              .attribute(named: "min", value: "1"), .attribute(named: "max", value: "31"))),
                                   .td(.small(.text(s.text(r.source)))))
                    }))),
                Form.text(s.graceDays, name: "graceDays", value: value("graceDays", String(rules.graceDays)), type: .number),
                Form.text(s.reminderDays, name: "reminderDays", value: value("reminderDays", String(rules.reminderDaysBeforeEnd)), type: .number),
                .h3(.text(s.requiredElements)), .p(.class("hint"), .text(s.elementsHint)),
                .forEach(MeetingKind.allCases) { kind in
                    .div(.class("field"), .label(.text(s.text(kind.label))),
                         .textarea(.name("elements_\(kind.rawValue)"), .attribute(named: "rows", value: "2"),
                                   .text(value("elements_\(kind.rawValue)", rules.elements(of: kind).map { "\($0.id)|\($0.zh)|\($0.en)" }.joined(separator: "\n")))))
                },
                .button(.type(.submit), .text(s.save))))
        return try Layout.page(s.rulesTitle, context, content).response(status: error == nil ? .ok : .unprocessableEntity)
    }
}
