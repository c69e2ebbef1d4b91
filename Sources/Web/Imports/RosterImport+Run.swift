import Domain
import Foundation
import Vapor
import Persistence

extension RosterImport {
    /// Where an import runs and for whom.
    struct Run: Sendable {
        var stores: Stores
        var places: RosterPlaces
        var context: AuditContext
        var school: School.ID
        var logger: Logger
    }

    /// Creates the import's record, which the report page then follows.
    func start(_ stores: Stores, school: School.ID, account: Actor.AccountID) async throws -> ImportProgress {
        let id = try await stores.imports.start(fileName: fileName, kind: kind.rawValue, totalRows: rows.count,
                                                school: school, account: account)
        return try await stores.imports.find(id, account: account, now: stores.clock.now())
    }

    /// Maps, matches and imports to the end. Never throws: a failure is stored as `failed` beside what was done,
    /// since nobody waits on a background import to hear about it. `observe` sees every stored progress.
    @discardableResult
    func run(_ start: ImportProgress, in run: Run,
             observe: @escaping @Sendable (ImportProgress) async -> Void = { _ in }) async -> ImportProgress {
        let tally = ImportTally(start)
        let store = run.stores.imports
        do {
            let (mapped, rejected) = map(places: run.places)
            let (importable, matched) = try await matchUnnumbered(mapped, people: run.stores.people, scope: run.context.actor.scope)
            let settled = rejected.count + matched.count
            let first = await tally.settle([headerNote].compactMap { $0 } + rejected + matched, processed: settled)
            try await store.update(first.id, first)
            await observe(first)
            try await run.stores.people.importRows(importable, into: run.school, context: run.context) { done, lines in
                let progress = await tally.add(lines, processed: settled + done)
                try await store.update(progress.id, progress)
                await observe(progress)
            }
        } catch {
            run.logger.critical("roster import \(start.id) stopped: \(String(reflecting: error))")
            await tally.fail()
        }
        let final = await tally.finish()
        try? await store.update(final.id, final)
        await observe(final)
        return final
    }

    /// A sheet without a 学工号 column gives drafts with an empty number. Such a row can only be matched with
    /// someone already known, by ID number (a keyed-hash lookup in scope); a new person needs a number, so an
    /// unmatched row is refused rather than created without one.
    private func matchUnnumbered(_ rows: [PeopleStore.ImportRow], people: PeopleStore,
                                 scope: Scope) async throws -> ([PeopleStore.ImportRow], [ImportProgress.ReportLine]) {
        var importable: [PeopleStore.ImportRow] = [], lines: [ImportProgress.ReportLine] = []
        for row in rows {
            guard row.draft.number.isEmpty else { importable.append(row); continue }
            var found: [Person] = []
            if let idNumber = row.draft.idNumber {
                found = try await people.lookup(personalNumber: idNumber.value, scope: scope)
            }
            if let person = found.first {
                lines.append(.init(row: row.rowNumber, outcome: .skipped, field: RosterField.idNumber.rawValue,
                                   message: Strings.both { $0.matchedByIDNumber(person.number) }))
            } else {
                lines.append(.init(row: row.rowNumber, outcome: .rejected, field: RosterField.number.rawValue,
                                   message: Strings.both(\.unmatchedIDNumber)))
            }
        }
        return (importable, lines)
    }
}

/// The running count of an import, shared by the batches that report to it. While it runs, the stored report
/// holds the lines known up front (header note, rejected and matched rows) and the counts; the batches' lines
/// join at the end, so a batch's update does not rewrite an ever-growing report (quadratic on 20,000 rows).
actor ImportTally {
    private var progress: ImportProgress
    private var batchLines: [ImportProgress.ReportLine] = []

    init(_ start: ImportProgress) { progress = start }

    /// Lines settled before the batches run: stored at once.
    func settle(_ lines: [ImportProgress.ReportLine], processed: Int) -> ImportProgress {
        progress.report += lines
        count(lines, processed: processed)
        return progress
    }

    func add(_ lines: [ImportProgress.ReportLine], processed: Int) -> ImportProgress {
        batchLines += lines
        count(lines, processed: processed)
        return progress
    }

    func fail() { progress.status = .failed }

    /// Ends the import with the whole report: the header note first, then rejected rows, then the rest, by row.
    func finish() -> ImportProgress {
        if progress.status == .running { progress.status = .done }
        progress.report = (progress.report + batchLines).enumerated().sorted { a, b in
            let x = ImportTally.rank(a.element), y = ImportTally.rank(b.element)
            if x != y { return x < y }
            return a.element.row != b.element.row ? a.element.row < b.element.row : a.offset < b.offset
        }.map(\.element)
        batchLines = []
        return progress
    }

    private func count(_ lines: [ImportProgress.ReportLine], processed: Int) {
        progress.processedRows = processed
        for line in lines where line.isDataRow {
            switch line.outcome {
            case .created: progress.createdCount += 1
            case .skipped: progress.skippedCount += 1
            case .rejected: progress.errorCount += 1
            }
        }
    }

    private static func rank(_ line: ImportProgress.ReportLine) -> Int {
        !line.isDataRow ? 0 : line.outcome == .rejected ? 1 : 2
    }
}
