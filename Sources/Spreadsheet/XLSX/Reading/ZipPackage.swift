import Foundation
import ZIPFoundation

/// The zip container of an .xlsx file, with its parts read whole but capped in size, so that a small
/// upload cannot expand into gigabytes.
struct ZipPackage {
    static let maximumPartSize = 256 * 1024 * 1024

    private let archive: Archive

    init(_ data: Data) throws {
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw SpreadsheetError.unreadable("The .xlsx file is damaged: its zip archive cannot be opened.")
        }
    }

    func part(_ path: String) throws -> Data {
        guard let data = try optionalPart(path) else {
            throw SpreadsheetError.unreadable("The workbook is incomplete: \(path) is missing.")
        }
        return data
    }

    func optionalPart(_ path: String) throws -> Data? {
        guard let entry = entry(path) else { return nil }
        guard entry.uncompressedSize <= UInt64(Self.maximumPartSize) else { throw tooLarge(path) }
        var data = Data()
        do {
            _ = try archive.extract(entry) { chunk in
                data.append(chunk)
                // The size in the header can lie; count what actually comes out.
                if data.count > Self.maximumPartSize { throw tooLarge(path) }
            }
        } catch let error as SpreadsheetError {
            throw error
        } catch {
            throw SpreadsheetError.unreadable("The workbook is damaged: \(path) cannot be decompressed.")
        }
        return data
    }

    /// Looks a part up exactly, then ignoring case and slash direction, as Excel itself tolerates both.
    private func entry(_ path: String) -> Entry? {
        if let entry = archive[path] { return entry }
        let wanted = path.lowercased()
        return archive.first { $0.path.replacingOccurrences(of: "\\", with: "/").lowercased() == wanted }
    }

    private func tooLarge(_ path: String) -> SpreadsheetError {
        .tooLarge("The workbook is too large to import: \(path) expands beyond "
            + "\(Self.maximumPartSize / 1024 / 1024) MB.")
    }
}
