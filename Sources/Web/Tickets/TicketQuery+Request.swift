import Domain
import Persistence
import Vapor

extension TicketQuery {
    /// Reads the list's filters from the query string; a malformed value is a 400, never a silent "all".
    init(_ request: Request) throws {
        if let text = request.query[String.self, at: "status"], !text.isEmpty {
            guard let status = TicketStatus(rawValue: text) else {
                throw DomainError.invalid(field: "status", message: Message(zh: "状态无效", en: "Unknown status"))
            }
            self.status = status
        }
        departmentID = try request.optionalID("department")
        mine = request.query[Bool.self, at: "mine"] ?? false
        assignedToMe = request.query[Bool.self, at: "assigned"] ?? false
        overdue = request.query[Bool.self, at: "overdue"] ?? false
        escalated = request.query[Bool.self, at: "escalated"] ?? false
        text = request.query[String.self, at: "q"]
        page = max(1, request.query[Int.self, at: "page"] ?? 1)
    }

    var filter: TicketStore.Filter {
        TicketStore.Filter(status: status, departmentID: departmentID, mine: mine, assignedToMe: assignedToMe,
                           overdue: overdue, escalated: escalated, text: text)
    }
}
