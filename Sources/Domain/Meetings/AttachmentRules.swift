import Foundation

/// What a meeting may carry: photos and PDFs, judged by their first bytes (never by the name or the browser's
/// word), each at most `maximumBytes`, at most `maximumCount` per meeting.
public enum AttachmentRules {
    public static let maximumBytes = 10 * 1024 * 1024
    public static let maximumCount = 30

    public enum FileType: String, Sendable, CaseIterable {
        case jpeg = "image/jpeg", png = "image/png", pdf = "application/pdf"

        public var fileExtension: String {
            switch self {
            case .jpeg: "jpg"
            case .png: "png"
            case .pdf: "pdf"
            }
        }

        public var isImage: Bool { self != .pdf }
    }

    /// The type of a file from its signature, or an error that says what is accepted.
    public static func check(_ bytes: some Collection<UInt8>, existingCount: Int) throws -> FileType {
        if bytes.isEmpty { throw invalid(zh: "文件是空的", en: "The file is empty") }
        if bytes.count > maximumBytes {
            throw invalid(zh: "文件不能超过\(maximumBytes / 1024 / 1024) MB", en: "A file may be at most \(maximumBytes / 1024 / 1024) MB")
        }
        if existingCount >= maximumCount {
            throw invalid(zh: "每次会议最多\(maximumCount)个附件", en: "A meeting holds at most \(maximumCount) attachments")
        }
        let head = Array(bytes.prefix(8))
        if head.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        if head.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if head.starts(with: Array("%PDF-".utf8)) { return .pdf }
        throw invalid(zh: "只接受照片（JPEG、PNG）和 PDF 文件", en: "Only photos (JPEG, PNG) and PDF files are accepted")
    }

    /// A file name safe to store and to send back in a header: no path, no control characters, bounded.
    public static func cleanName(_ name: String, type: FileType) -> String {
        let base = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let cleaned = String(base.unicodeScalars.filter { !CharacterSet.controlCharacters.contains($0) && $0 != "\"" }.prefix(120))
        return cleaned.isEmpty ? "attachment.\(type.fileExtension)" : cleaned
    }

    static func invalid(zh: String, en: String) -> DomainError { .invalid(field: "file", message: Message(zh: zh, en: en)) }
}
