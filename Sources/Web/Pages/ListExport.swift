import Domain
import Foundation
import Persistence
import Spreadsheet
import Vapor

/// A list page written as a file (.xlsx or .csv): what every list download shares. The caller reads the list
/// with the page's own scope; this writes the file, logs one `.listExported` event and hands out the attachment.
struct ListExport: Sendable {
    typealias Format = PeopleExport.Format

    /// The file name's stem: an ASCII one for every browser, and the localised one for those that read `filename*`.
    struct Name: Sendable {
        var ascii: String
        var localised: String
    }

    var header: [String]
    var rows: [[String]]
    var sheetName: String

    /// Both downloads of a list, `path.xlsx` and `path.csv`, under the page's own permission.
    static func endpoints(_ path: String, _ permission: Permission,
                          _ handler: @escaping @Sendable (Request, Format) async throws -> Response) -> [Endpoint] {
        Format.allCases.map { format in
            Endpoint(.GET, "\(path).\(format.rawValue)", permission) { try await handler($0, format) }
        }
    }

    func data(_ format: Format) throws -> Data {
        switch format {
        case .xlsx: try XLSXWriter.write(header: header, rows: rows, sheetName: sheetName)
        case .csv: CSVWriter.write(header: header, rows: rows)
        }
    }

    /// Logs the export, then answers with the file: the file is only handed out once it is logged.
    func respond(_ request: Request, format: Format, name: Name, target: String) async throws -> Response {
        let actor = try request.actor
        let data = try data(format)
        let event = AuditEvent(schoolID: actor.schoolID, at: request.now, actorLogin: actor.login, action: .listExported,
                               target: target, address: request.clientAddress,
                               detail: "rows:\(rows.count);format:\(format.rawValue)")
        try await request.stores.audit.record(event, on: request.db)
        let day = try await PeopleExportController.exportDay(request.stores, actor: actor, now: request.now)
        return Self.attachment(data, format: format, name: name, day: day)
    }

    /// The download response, with `Content-Disposition` per RFC 6266 and no caching of personal data.
    static func attachment(_ data: Data, format: Format, name: Name, day: String) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = format.mediaType
        let ext = format.rawValue
        let localised = "\(name.localised)-\(day).\(ext)"
            .addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(.init(charactersIn: "-._"))) ?? ""
        headers.replaceOrAdd(name: .contentDisposition,
                             value: "attachment; filename=\"\(name.ascii)-\(day).\(ext)\"; filename*=UTF-8''\(localised)")
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }
}

extension Forest {
    /// Every item, parents before their children and siblings in the page's order: the tree as rows.
    var depthFirst: [Item] {
        var items: [Item] = []
        func walk(_ subtree: Subtree) {
            items.append(subtree.item)
            subtree.children.forEach(walk)
        }
        roots.forEach(walk)
        return items
    }
}
