import Domain
import Foundation
import Vapor

/// The leave form as typed, kept whole so that a refused submission shows everything again.
struct LeaveForm: Content {
    var firstDay: String = ""
    var lastDay: String = ""
    var destination: String = ""
    var reason: String = ""
    /// The staff member's number (工号), on the staff movement form only.
    var number: String? = nil
    /// The form's one-time token: a second press of the button stores one application.
    var submission: String = UUID().uuidString

    init() {}

    /// A field the browser left out counts as empty, so that the form comes back with a message rather than a 400.
    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        firstDay = try c.decodeIfPresent(String.self, forKey: .firstDay) ?? ""
        lastDay = try c.decodeIfPresent(String.self, forKey: .lastDay) ?? ""
        destination = try c.decodeIfPresent(String.self, forKey: .destination) ?? ""
        reason = try c.decodeIfPresent(String.self, forKey: .reason) ?? ""
        number = try c.decodeIfPresent(String.self, forKey: .number)
        submission = try c.decodeIfPresent(String.self, forKey: .submission) ?? UUID().uuidString
    }

    func draft() throws -> LeaveDraft {
        guard let first = LocalDate(iso: firstDay.trimmingCharacters(in: .whitespaces)) else {
            throw DomainError.invalid(field: "firstDay", message: Message(zh: "请选择离校日期", en: "Choose the first day"))
        }
        guard let last = LocalDate(iso: lastDay.trimmingCharacters(in: .whitespaces)) else {
            throw DomainError.invalid(field: "lastDay", message: Message(zh: "请选择返校前最后一天", en: "Choose the last day"))
        }
        return LeaveDraft(firstDay: first, lastDay: last, destination: destination, reason: reason)
    }
}

/// One action on a line as a form or a JSON body sends it: `type` names it, `note` carries the decision's words.
struct LeaveActionInput: Content {
    var type: String
    var note: String?

    func action() throws -> LeaveAction {
        switch type {
        case "approve": return .approve(note: note ?? "")
        case "refuse": return .refuse(reason: note ?? "")
        case "cancel": return .cancel
        case "leave": return .leave
        case "return": return .return
        default:
            throw DomainError.invalid(field: "type", message: Message(
                zh: "未知操作", en: "Unknown action; one of \(LeaveAction.codes.joined(separator: ", "))"))
        }
    }
}
