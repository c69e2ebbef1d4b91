import Domain
import Foundation
import Persistence
import Vapor

/// The ledger's list as a file, with the list's own filters and scope.
enum LeaveExport {
    @Sendable static func response(_ request: Request, format: ListExport.Format) async throws -> Response {
        let actor = try request.actor, stores = request.stores, s = request.strings
        var query = try LeaveQuery(request)
        if !LeaveIndex.isStaffView(actor) { query.mine = true }
        let leaves = try await stores.leaves.all(query.filter, actor: actor)
        let travellers = try await stores.leaves.travellers(of: leaves)
        let classes = try await stores.grid.names(of: Set(leaves.compactMap(\.classID)))
        let zone = try await request.schoolTimeZone()
        let time = { (date: Date?) in date.map { LocalDateTime.display($0, in: zone) } ?? "" }
        let rows = leaves.map { l in
            [travellers[l.personID]?.name ?? "", travellers[l.personID]?.number ?? "", s.label(l.traveller),
             l.classID.flatMap { classes[$0] } ?? "", l.firstDay.iso, l.lastDay.iso, l.destination, l.reason,
             s.label(l.status), l.decidedBy ?? "", l.decisionNote ?? "", time(l.leftAt), time(l.returnedAt)]
        }
        let header = [s.leaveTraveller, s.leaveNumber, s.leaveKind, s.leaveClass, s.leaveFirstDay, s.leaveLastDay,
                      s.leaveDestination, s.leaveReason, s.leaveStatusLabel, s.leaveDecision, s.leaveDecisionNote,
                      s.leaveLeftAt, s.leaveReturnedAt]
        let export = ListExport(header: header, rows: rows, sheetName: s.leaveExportName)
        return try await export.respond(request, format: format, name: .init(ascii: "leave-ledger", localised: s.leaveExportName),
                                        target: "leaves")
    }
}
