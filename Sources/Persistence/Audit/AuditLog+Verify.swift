import Domain
import FluentKit
import Foundation
import SQLKit

/// The outcome of `zhibu audit verify`: every chain walked from its first event to its head.
public struct AuditVerification: Sendable {
    public var eventsChecked = 0
    public var chainsChecked = 0
    public var problems: [String] = []
    public var isIntact: Bool { problems.isEmpty }
}

extension AuditLog {
    public func verify(on database: any Database) async throws -> AuditVerification {
        var result = AuditVerification()
        let heads = try await (database as! any SQLDatabase).select().columns("chain", "sequence", "hash")
            .from("audit_heads").all(decoding: ChainHead.self)
        for head in heads {
            result.chainsChecked += 1
            try await verify(head, on: database, into: &result)
        }
        return result
    }

    private func verify(_ head: ChainHead, on database: any Database, into result: inout AuditVerification) async throws {
        var previous = "", expected: Int64 = 1, offset = 0
        while true {
            let batch = try await AuditEventRecord.query(on: database).filter(\.$chain == head.chain)
                .sort(\.$sequence).range(offset..<(offset + 1000)).all()
            for record in batch {
                if record.sequence != expected {
                    result.problems.append("chain \(head.chain): event \(expected) missing before \(record.sequence)")
                }
                let known = AuditAction(rawValue: record.action) != nil && AuditEvent.Result(rawValue: record.result) != nil
                let hash = keyring.auditHash(record.domain.canonical(previousHash: previous))
                if !known || record.previousHash != previous || record.hash != hash {
                    result.problems.append("chain \(head.chain): event \(record.sequence) was altered")
                }
                previous = record.hash; expected = record.sequence + 1
                result.eventsChecked += 1
            }
            if batch.count < 1000 { break }
            offset += 1000
        }
        if expected - 1 != head.sequence || previous != head.hash {
            result.problems.append("chain \(head.chain): events after \(expected - 1) are missing (head is at \(head.sequence))")
        }
    }

    struct ChainHead: Decodable { var chain: String; var sequence: Int64; var hash: String }
}
