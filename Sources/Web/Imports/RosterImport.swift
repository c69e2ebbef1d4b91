import Domain
import Foundation
import Persistence
import Spreadsheet

/// The roster import shared by the upload page and `zhibu import`: read the file, find its header row,
/// map every non-blank row in the importer's scope, then import in batches while the report grows
/// (`RosterImport+Run.swift`). Every non-blank data row ends up in the report exactly once.
struct RosterImport: Sendable {
    /// A data row as the file holds it, with the row number the spreadsheet program shows.
    struct DataRow: Sendable {
        var number: Int
        var cells: [RosterCell]
    }

    /// Why a whole file was refused, in both languages: the form is shown again with it.
    struct Refusal: Error, Sendable {
        var message: Message
    }

    /// Marks the report line that lists unrecognised headers, which is no data row.
    /// (ImportProgress has no field of its own for them yet.)
    static let headerField = "_header"

    var fileName: String
    var kind: RosterKind
    var layout: RosterLayout
    /// The non-blank data rows below the header row.
    var rows: [DataRow]

    /// Reads the file and finds its header row; refuses a file that cannot be read or has no header row.
    static func open(_ data: Data, fileName: String, kind: RosterKind) throws -> RosterImport {
        let table: Table
        do {
            table = try TableReader.read(data, fileName: fileName)
        } catch {
            throw Refusal(reading: error)
        }
        let cells = table.rows.map { row in row.map { RosterCell(text: $0.text, isNumber: $0.kind == .number) } }
        let layout: RosterLayout
        do {
            layout = try RosterLayout.locate(in: cells)
        } catch DomainError.invalid(_, let message) {
            throw Refusal(message: message)
        } catch {
            throw Refusal(message: Strings.both(\.unreadableFile))
        }
        // Blank in every column we read: spreadsheets keep formatted empty rows, templates keep notes aside.
        let rows = cells.indices.dropFirst(layout.headerRowIndex + 1)
            .filter { !RosterMapper.isBlank(cells[$0], in: layout) }
            .map { DataRow(number: $0 + 1, cells: cells[$0]) }
        return RosterImport(fileName: fileName, kind: kind, layout: layout, rows: rows)
    }

    /// The places rows may land in: what the importer can see, so a place outside the scope is not found.
    static func places(_ stores: Stores, scope: Scope) async throws -> RosterPlaces {
        RosterPlaces(organizations: try await stores.organizations.list(scope: scope),
                     gridUnits: try await stores.grid.list(scope: scope))
    }

    /// Maps every row onto a draft; a refused row becomes a `rejected` line naming its column.
    func map(places: RosterPlaces) -> (rows: [PeopleStore.ImportRow], rejected: [ImportProgress.ReportLine]) {
        var mapped: [PeopleStore.ImportRow] = [], rejected: [ImportProgress.ReportLine] = []
        for row in rows {
            do throws(RosterRowError) {
                let result = try RosterMapper.map(row.cells, rowNumber: row.number, layout: layout, kind: kind, places: places)
                mapped.append(PeopleStore.ImportRow(rowNumber: result.rowNumber, draft: result.draft))
            } catch {
                rejected.append(ImportProgress.ReportLine(row: error.rowNumber, outcome: .rejected,
                                                          field: error.field?.rawValue, message: error.message))
            }
        }
        return (mapped, rejected)
    }

    /// The note listing the headers that were not read, on the header row's number; nil when all were read.
    var headerNote: ImportProgress.ReportLine? {
        let headers = layout.unrecognisedHeaders
        guard !headers.isEmpty else { return nil }
        return ImportProgress.ReportLine(row: layout.headerRowIndex + 1, outcome: .skipped, field: Self.headerField,
                                         message: Strings.both { $0.unrecognisedHeaders(headers) })
    }
}

extension RosterImport.Refusal {
    /// Spreadsheet errors carry English reasons only; the user gets the catalog's bilingual sentence.
    init(reading error: any Error) {
        switch error as? SpreadsheetError {
        case .unsupportedFormat?: message = Strings.both(\.unsupportedFile)
        case .tooLarge?: message = Strings.both(\.oversizedFile)
        default: message = Strings.both(\.unreadableFile)
        }
    }
}

extension ImportProgress.ReportLine {
    /// True for lines about a data row, false for the note on unrecognised headers.
    var isDataRow: Bool { field != RosterImport.headerField }
}
