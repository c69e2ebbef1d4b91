import Domain
import Foundation
import Persistence
import Vapor

/// One action on a ticket as a form or a JSON body sends it: `type` names the action, the other fields its details.
struct TicketActionInput: Content {
    enum Kind: String, Codable, CaseIterable {
        case accept, answer, transfer, requestInfo = "request-info", provideInfo = "provide-info"
        case confirm, reopen, rate, merge
    }

    var type: String
    var text: String?
    var assigneeId: UUID?
    var departmentId: UUID?
    var categoryId: UUID?
    var score: Int?
    var comment: String?
    /// The ticket to merge into, by its number (what people see) …
    var intoNumber: Int?
    /// … or by id (API clients).
    var intoId: UUID?

    /// The domain action, with the ticket's numbers resolved in the actor's scope.
    func action(actor: Actor, tickets: TicketStore) async throws -> TicketAction {
        guard let kind = Kind(rawValue: type) else {
            throw DomainError.invalid(field: "type", message: Message(
                zh: "未知操作", en: "Unknown action; one of \(Kind.allCases.map(\.rawValue).joined(separator: ", "))"))
        }
        switch kind {
        case .accept:
            guard let assignee = assigneeId.map { Person.ID($0) } ?? actor.personID else { throw DomainError.forbidden }
            return .accept(assignee: assignee)
        case .answer: return .answer(text ?? "")
        case .transfer:
            guard let department = departmentId else {
                throw DomainError.invalid(field: "department", message: Message(zh: "请选择要转交的部门", en: "Choose the department to transfer to"))
            }
            return .transfer(department: .init(department), category: categoryId.map { .init($0) }, note: text ?? "")
        case .requestInfo: return .requestInfo(text ?? "")
        case .provideInfo: return .provideInfo(text ?? "")
        case .confirm: return .confirm
        case .reopen: return .reopen(text ?? "")
        case .rate:
            guard let score else {
                throw DomainError.invalid(field: "score", message: Message(zh: "请选择1至5星", en: "Choose 1 to 5 stars"))
            }
            return .rate(score: score, comment: comment ?? "")
        case .merge:
            if let intoId { return .merge(into: .init(intoId)) }
            guard let number = intoNumber, let school = actor.schoolID,
                  let target = try await tickets.find(number: number, school: school, scope: actor.scope) else {
                throw DomainError.invalid(field: "into", message: Message(zh: "找不到要合并到的诉求", en: "The ticket to merge into was not found"))
            }
            return .merge(into: target.id)
        }
    }
}
