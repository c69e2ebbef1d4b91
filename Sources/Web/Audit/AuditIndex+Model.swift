import Domain
import Foundation

/// The audit trail as the audit admin reads it: newest first, filtered, 50 to a page.
enum AuditIndex {
    struct Model {
        var query: AuditQuery
        var page: ListPage<AuditEvent>
        var timeZone: TimeZone
    }
}
