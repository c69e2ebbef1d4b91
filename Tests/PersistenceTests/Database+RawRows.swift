import FluentKit
import Foundation
import SQLKit

extension FluentKit.Database {
    /// Reads raw rows as text, to prove what is (and is not) stored in the clear.
    func sqlRows(_ query: String) async throws -> [String] {
        let rows = try await (self as! any SQLDatabase).raw(SQLQueryString(query)).all()
        return rows.map { row in
            row.allColumns.map { column in
                if let data = (try? row.decode(column: column, as: Data?.self)) ?? nil { return String(decoding: data, as: UTF8.self) }
                return (try? row.decode(column: column, as: String?.self)).flatMap { $0 } ?? ""
            }.joined(separator: "|")
        }
    }
}
