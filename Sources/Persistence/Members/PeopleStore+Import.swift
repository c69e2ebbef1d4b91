import Domain
import FluentKit
import Foundation

extension PeopleStore {
    /// A row of a roster, already mapped onto a draft by the domain's roster rules.
    public struct ImportRow: Sendable {
        public var rowNumber: Int
        public var draft: PersonDraft
        public init(rowNumber: Int, draft: PersonDraft) { self.rowNumber = rowNumber; self.draft = draft }
    }

    /// Imports rows in batches, each batch one transaction with its audit event, so a crash leaves whole rows only.
    /// A number that already exists is skipped and reported: importing a file twice imports nothing twice.
    public func importRows(_ rows: [ImportRow], into school: School.ID, context: AuditContext, batchSize: Int = 250,
                           progress: @Sendable (_ done: Int, _ lines: [ImportProgress.ReportLine]) async throws -> Void) async throws {
        let scope = context.actor.scope
        let organizations = Dictionary(uniqueKeysWithValues: try await OrganizationStore(database: database, audit: audit)
            .list(scope: scope).map { ($0.id, $0) })
        let units = Dictionary(uniqueKeysWithValues: try await GridStore(database: database).list(scope: scope).map { ($0.id, $0) })
        var known = Set(try await PersonRecord.query(on: database).filter(\.$schoolID == school.rawValue).all(\.$number))
        var done = 0
        for batch in stride(from: 0, to: rows.count, by: batchSize).map({ Array(rows[$0..<min($0 + batchSize, rows.count)]) }) {
            var lines: [ImportProgress.ReportLine] = [], records: [PersonRecord] = []
            for row in batch {
                if known.contains(row.draft.number) {
                    lines.append(.init(row: row.rowNumber, outcome: .skipped, field: "number", message: Message(
                        zh: "学工号 \(row.draft.number) 已存在，未重复导入", en: "Number \(row.draft.number) already exists; not imported again")))
                    continue
                }
                let places = PersonPlaces(organization: row.draft.organizationID.flatMap { organizations[$0] },
                                          schoolClass: row.draft.classID.flatMap { units[$0] }, dorm: row.draft.dormID.flatMap { units[$0] })
                let record = PersonRecord()
                record.id = UUID(); record.schoolID = school.rawValue
                try record.apply(row.draft, places: places, keyring: keyring)
                records.append(record); known.insert(row.draft.number)
                lines.append(.init(row: row.rowNumber, outcome: .created, field: nil, message: Message(zh: "已导入", en: "Imported")))
            }
            let created = records
            if !created.isEmpty {
                try await database.writing { tx in
                    try await created.create(on: tx)
                    try await audit.append(context.event(.rosterImported, target: "rows:\(batch.first!.rowNumber)-\(batch.last!.rowNumber)",
                                                         school: school, detail: "created:\(created.count)"), on: tx)
                }
            }
            done += batch.count
            try await progress(done, lines)
        }
    }
}
