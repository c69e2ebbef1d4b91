import Domain
import Foundation
import Persistence
import Vapor

/// The watch list as a file, with the list's own filters and scope: every matching watch, not one page of it.
enum WatchExport {
    @Sendable static func response(_ request: Request, format: ListExport.Format) async throws -> Response {
        let s = request.strings, scope = try request.actor.scope, watches = request.stores.watches
        let query = try WatchQuery(request)
        let today = try await request.today(), zone = try await request.schoolTimeZone()
        var entries: [WatchStore.Entry] = [], page = ListRequest(number: 1, size: 500)
        while true {
            let batch = try await watches.list(query.filter, page: page, scope: scope)
            entries += batch.items
            guard page.number < batch.pageCount else { break }
            page.number += 1
        }
        let rows = entries.map { e in
            let w = e.watch, last = e.lastFollowUp
            return [e.name, e.number, e.className ?? "", s.label(w.status), w.openedOn.iso,
                    String(w.daysUnderWatch(today: today)), w.reason,
                    w.reportID == nil ? s.watchByHand : s.watchFromReport, String(e.followUpCount),
                    last.map { LocalDateTime.display($0.happenedAt, in: zone) } ?? "",
                    last.map { s.label($0.method) + " · " + s.label($0.result) } ?? "",
                    w.closedOn?.iso ?? "", w.closing.map { s.label($0) } ?? ""]
        }
        let header = [s.watchStudent, s.leaveNumber, s.watchClass, s.meetingStatus, s.watchOpenedOn, s.watchDays,
                      s.watchReason, s.watchSource, s.watchFollowUps, s.watchLastFollowUp, s.watchFollowUpResult,
                      s.watchClosedOn, s.watchClosingReason]
        let export = ListExport(header: header, rows: rows, sheetName: s.watchesTitle)
        return try await export.respond(request, format: format, name: .init(ascii: "watch-list", localised: s.watchesTitle),
                                        target: "watches")
    }
}
