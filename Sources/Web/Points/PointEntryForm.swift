import Domain
import Foundation
import Vapor

/// A claim as typed on the page, kept whole so that a refused one shows everything again.
struct PointEntryForm: Content {
    var event: String = ""
    var number: String = ""
    var quantity: String = "1"
    var day: String = ""
    var evidence: String = ""
    /// The form's one-time token: a second press of the button stores one entry.
    var submission: String = UUID().uuidString

    init() {}

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        event = try c.decodeIfPresent(String.self, forKey: .event) ?? ""
        number = try c.decodeIfPresent(String.self, forKey: .number) ?? ""
        quantity = try c.decodeIfPresent(String.self, forKey: .quantity) ?? ""
        day = try c.decodeIfPresent(String.self, forKey: .day) ?? ""
        evidence = try c.decodeIfPresent(String.self, forKey: .evidence) ?? ""
        submission = try c.decodeIfPresent(String.self, forKey: .submission) ?? UUID().uuidString
    }

    func proposal(person: Person.ID, today: LocalDate) throws -> PointProposal {
        guard let event = PointEvent(rawValue: event) else {
            throw DomainError.invalid(field: "event", message: Message(zh: "请选择积分项目", en: "Choose the rule"))
        }
        guard let quantity = Int(quantity.trimmingCharacters(in: .whitespaces)) else {
            throw DomainError.invalid(field: "quantity", message: Message(zh: "数量应为正整数", en: "The quantity must be a positive whole number"))
        }
        let trimmed = day.trimmingCharacters(in: .whitespaces)
        guard let day = trimmed.isEmpty ? today : LocalDate(iso: trimmed) else {
            throw DomainError.invalid(field: "day", message: Message(zh: "请选择日期", en: "Choose the day"))
        }
        return PointProposal(personID: person, event: event, quantity: quantity, day: day, evidence: evidence)
    }
}

/// A decision or a correction as a form sends it.
struct PointDecisionForm: Content {
    var decision: String
    var reason: String?
}

struct PointCorrectionForm: Content {
    var points: String
    var reason: String
}
