import Domain
import Persistence
import Vapor

extension LeaveQuery {
    /// Reads the list's filters from the query string; a malformed value is refused, never a silent "all".
    init(_ request: Request) throws {
        if let text = request.query[String.self, at: "status"], !text.isEmpty {
            guard let status = LeaveStatus(rawValue: text) else {
                throw DomainError.invalid(field: "status", message: Message(zh: "状态无效", en: "Unknown status"))
            }
            self.status = status
        }
        if let text = request.query[String.self, at: "traveller"], !text.isEmpty {
            guard let traveller = LeaveTraveller(rawValue: text) else {
                throw DomainError.invalid(field: "traveller", message: Message(zh: "类别无效", en: "Unknown traveller"))
            }
            self.traveller = traveller
        }
        if let text = request.query[String.self, at: "date"], !text.isEmpty {
            guard let day = LocalDate(iso: text) else {
                throw DomainError.invalid(field: "date", message: Message(zh: "日期格式应为YYYY-MM-DD", en: "date must be YYYY-MM-DD"))
            }
            self.day = day
        }
        unitID = try request.optionalID("unit")
        mine = request.query[Bool.self, at: "mine"] ?? false
        text = request.query[String.self, at: "q"]
        page = max(1, request.query[Int.self, at: "page"] ?? 1)
    }

    var filter: LeaveStore.Filter {
        LeaveStore.Filter(status: status, day: day, unitID: unitID, traveller: traveller, mine: mine, text: text)
    }
}
