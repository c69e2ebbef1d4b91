import Domain
import FluentKit
import Foundation

/// Reading the audit trail, for the audit admin: filter by action, actor, result and time.
public struct AuditTrail: Sendable {
    let database: any Database

    public struct Filter: Sendable, Equatable {
        public var action: AuditAction?
        public var actorLogin: String?
        public var result: AuditEvent.Result?
        public var from: Date?
        public var until: Date?
        public init(action: AuditAction? = nil, actorLogin: String? = nil, result: AuditEvent.Result? = nil,
                    from: Date? = nil, until: Date? = nil) {
            self.action = action; self.actorLogin = actorLogin; self.result = result; self.from = from; self.until = until
        }
    }

    public func list(_ filter: Filter, page: ListRequest, scope: Scope) async throws -> ListPage<AuditEvent> {
        let query = AuditEventRecord.query(on: database)
        if case .only(let schools) = scope.schools {
            query.group(.or) { or in
                or.filter(\AuditEventRecord.$schoolID ~~ schools.map { Optional($0.rawValue) })
                or.filter(\AuditEventRecord.$schoolID == .none)
            }
        }
        if let action = filter.action { query.filter(\.$action == action.rawValue) }
        if let login = filter.actorLogin, !login.isEmpty { query.filter(\.$actorLogin == login) }
        if let result = filter.result { query.filter(\.$result == result.rawValue) }
        if let from = filter.from { query.filter(\.$at >= from) }
        if let until = filter.until { query.filter(\.$at < until) }
        let total = try await query.count()
        let records = try await query.copy().sort(\.$at, .descending).sort(\.$sequence, .descending)
            .range(page.offset..<(page.offset + page.size)).all()
        return ListPage(items: records.map(\.domain), number: page.number, size: page.size, total: total)
    }
}
