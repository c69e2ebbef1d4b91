import Foundation
import ZIPFoundation

/// Packs named parts into an in-memory zip archive.
enum ZipWriter {
    static func archive(_ parts: [(path: String, data: Data)]) throws -> Data {
        do {
            let archive = try Archive(accessMode: .create)
            for part in parts {
                try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(part.data.count),
                                     compressionMethod: .deflate) { position, size in
                    part.data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else {
                throw SpreadsheetError.unwritable("The zip archive could not be produced.")
            }
            return data
        } catch let error as SpreadsheetError {
            throw error
        } catch {
            throw SpreadsheetError.unwritable("The zip archive could not be produced: \(error).")
        }
    }
}
