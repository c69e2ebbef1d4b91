import Domain
import FluentKit
import Foundation

extension PointLedgerSQL {
    /// What an entry's corrections add up to so far.
    static func correctedSoFar(_ entry: PointEntry.ID, on tx: any Database) async throws -> Int {
        try await PointEntryRecord.query(on: tx).filter(\.$correctsID == entry.rawValue).all().reduce(0) { $0 + $1.points }
    }

    /// Writes a correction of a counted entry (the member already locked), audited in the same transaction. Shared by
    /// a committee's correction and an award following its record (`PointAwards.follow`).
    @discardableResult
    static func writeCorrection(of entry: PointEntry, points: Int, correctedSoFar: Int, reason: String, context: AuditContext,
                                audit: AuditLog, on tx: any Database) async throws -> PointEntry {
        let correction = try PointLedger.correction(of: entry, points: points, reason: reason, correctedSoFar: correctedSoFar,
                                                    by: context.actor.login, at: context.now)
        try await PointEntryRecord(correction, key: nil).create(on: tx)
        try await audit.append(context.event(.pointsCorrected, target: "point_entry:\(entry.id.rawValue)", school: entry.schoolID,
                                             detail: "\(points) \(correction.note ?? "")"), on: tx)
        return correction
    }
}
