import Domain
import Foundation
import Persistence
import Vapor

/// The filters of the audit trail, carried in its address (page and API alike). Dates are business dates
/// in the school's time zone; `until` is inclusive.
struct AuditQuery: Equatable, Sendable {
    var action: AuditAction?
    var actorLogin: String?
    var result: AuditEvent.Result?
    var from: LocalDate?
    var until: LocalDate?
    var page: Int = 1

    var queryString: String {
        var items: [String] = []
        if let action { items.append("action=\(action.rawValue)") }
        if let actorLogin, !actorLogin.isEmpty { items.append("actor=\(SiteRoute.escape(actorLogin))") }
        if let result { items.append("result=\(result.rawValue)") }
        if let from { items.append("from=\(from.iso)") }
        if let until { items.append("until=\(until.iso)") }
        if page > 1 { items.append("page=\(page)") }
        return items.isEmpty ? "" : "?" + items.joined(separator: "&")
    }

    /// The store's filter: from the start of `from` to the start of the day after `until`, in `zone`.
    func filter(in zone: TimeZone) -> AuditTrail.Filter {
        AuditTrail.Filter(action: action, actorLogin: actorLogin, result: result,
                          from: from.flatMap { AuditTime.start(of: $0, in: zone, plusDays: 0) },
                          until: until.flatMap { AuditTime.start(of: $0, in: zone, plusDays: 1) })
    }
}

extension AuditQuery {
    /// Reads the filters from the address; a malformed one is a 400, never a silent "all".
    init(_ request: Request) throws {
        action = try Self.choice(request, "action")
        result = try Self.choice(request, "result")
        actorLogin = request.query[String.self, at: "actor"].map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        from = try Self.date(request, "from")
        until = try Self.date(request, "until")
        if let from, let until, until < from { throw Abort(.badRequest, reason: "until is before from") }
        if let text = request.query[String.self, at: "page"], !text.isEmpty {
            guard let number = Int(text) else { throw Abort(.badRequest, reason: "page must be a number") }
            page = max(1, number)
        }
    }

    private static func choice<T: RawRepresentable>(_ request: Request, _ name: String) throws -> T? where T.RawValue == String {
        guard let text = request.query[String.self, at: name], !text.isEmpty else { return nil }
        guard let value = T(rawValue: text) else { throw Abort(.badRequest, reason: "unknown \(name)") }
        return value
    }

    private static func date(_ request: Request, _ name: String) throws -> LocalDate? {
        guard let text = request.query[String.self, at: name], !text.isEmpty else { return nil }
        guard let date = LocalDate(iso: text) else { throw Abort(.badRequest, reason: "\(name) must be YYYY-MM-DD") }
        return date
    }
}

/// Instants of the audit trail shown and filtered in the school's time zone (Asia/Shanghai by default).
enum AuditTime {
    static func start(of date: LocalDate, in zone: TimeZone, plusDays days: Int) -> Date? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        guard let start = calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day)) else { return nil }
        return calendar.date(byAdding: .day, value: days, to: start)
    }

    /// `yyyy-MM-dd HH:mm:ss` in `zone`.
    static func text(_ date: Date, in zone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d:%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0,
                      c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
    }
}
