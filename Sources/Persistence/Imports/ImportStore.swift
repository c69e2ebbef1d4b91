import Domain
import FluentKit
import Foundation

/// A roster import as the browser follows it: progress while it runs, the per-row report when done.
public struct ImportProgress: Sendable, Equatable, Identifiable {
    public typealias ID = UUID
    public var id: UUID
    public var fileName: String
    public var kind: String
    public var status: Status
    public var totalRows: Int
    public var processedRows: Int
    public var createdCount: Int
    public var skippedCount: Int
    public var errorCount: Int
    public var report: [ReportLine]
    public var accountID: UUID

    public enum Status: String, Sendable, Codable { case running, done, failed }

    public struct ReportLine: Codable, Sendable, Equatable {
        public var row: Int
        public var outcome: Outcome
        public var field: String?
        public var zh: String
        public var en: String
        public init(row: Int, outcome: Outcome, field: String?, message: Message) {
            self.row = row; self.outcome = outcome; self.field = field; zh = message.zh; en = message.en
        }
        public enum Outcome: String, Codable, Sendable { case created, skipped, rejected }
    }
}

public struct ImportStore: Sendable {
    let database: any Database

    public func start(fileName: String, kind: String, totalRows: Int, school: School.ID, account: Actor.AccountID) async throws -> UUID {
        let record = ImportRecord()
        record.id = UUID(); record.schoolID = school.rawValue; record.accountID = account.rawValue
        record.fileName = fileName; record.kind = kind; record.status = ImportProgress.Status.running.rawValue
        record.totalRows = totalRows; record.processedRows = 0; record.createdCount = 0; record.skippedCount = 0
        record.errorCount = 0; record.report = "[]"
        try await database.writing { tx in try await record.create(on: tx) }
        return record.id!
    }

    public func update(_ id: UUID, _ progress: ImportProgress) async throws {
        guard let record = try await ImportRecord.find(id, on: database) else { return }
        record.status = progress.status.rawValue; record.processedRows = progress.processedRows
        record.createdCount = progress.createdCount; record.skippedCount = progress.skippedCount
        record.errorCount = progress.errorCount
        record.report = String(decoding: try JSONEncoder().encode(progress.report), as: UTF8.self)
        try await database.writing { tx in try await record.update(on: tx) }
    }

    /// An import is visible only to the account that started it.
    public func find(_ id: UUID, account: Actor.AccountID, now: Date) async throws -> ImportProgress {
        guard let r = try await ImportRecord.query(on: database).filter(\.$id == id)
            .filter(\.$accountID == account.rawValue).first() else { throw DomainError.notFound }
        let report = (try? JSONDecoder().decode([ImportProgress.ReportLine].self, from: Data(r.report.utf8))) ?? []
        var status = ImportProgress.Status(rawValue: r.status) ?? .failed
        // An import writes progress after every batch; one silent for ten minutes died with its server.
        if status == .running, let touched = r.updatedAt ?? r.createdAt, now.timeIntervalSince(touched) > 600 { status = .failed }
        return ImportProgress(id: r.id!, fileName: r.fileName, kind: r.kind,
                              status: status, totalRows: r.totalRows,
                              processedRows: r.processedRows, createdCount: r.createdCount, skippedCount: r.skippedCount,
                              errorCount: r.errorCount, report: report, accountID: r.accountID)
    }
}
