import Domain
import Persistence
import Vapor

extension WatchQuery {
    /// Reads the list's filters: no status means the open watches, `all` every watch; anything else is refused.
    init(_ request: Request) throws {
        switch request.query[String.self, at: "status"] ?? "" {
        case "": status = .open
        case "all": status = nil
        case let text:
            guard let status = WatchStatus(rawValue: text) else {
                throw DomainError.invalid(field: "status", message: Message(zh: "状态无效", en: "Unknown status; open, closed or all"))
            }
            self.status = status
        }
        text = request.query[String.self, at: "q"]
        page = max(1, request.query[Int.self, at: "page"] ?? 1)
    }

    var filter: WatchStore.Filter { WatchStore.Filter(status: status, text: text) }
}
