import Domain
import Foundation
import Vapor

/// Body of POST /api/v1/daily-reports: `{"answers": {...}}`, each answer a string, a number or a boolean.
/// Read with `JSONSerialization`, which tells the three apart at once: through `Decodable` each wrong guess
/// was a thrown `DecodingError` (its message names a type), the largest cost of a morning submission.
struct DailyReportRequest {
    /// The answers as text by question id, which the form's check reads.
    var typed: [String: String]

    init(_ request: Request) throws {
        // The media type's first bytes, case-insensitively: `headers.contentType` parses every directive.
        guard let type = request.headers.first(name: .contentType),
              type.prefix(16).lowercased() == "application/json", type.dropFirst(16).first.map({ $0 == ";" || $0 == " " }) ?? true
        else { throw Abort(.unsupportedMediaType) }
        guard let buffer = request.body.data,
              let body = try? JSONSerialization.jsonObject(with: Data(buffer: buffer)) as? [String: Any] else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "not a JSON object"))
        }
        guard let answers = body["answers"] else {
            throw DecodingError.keyNotFound(Field("answers"), .init(codingPath: [], debugDescription: "answers"))
        }
        guard let answers = answers as? [String: Any] else {
            throw DecodingError.typeMismatch([String: Any].self, .init(codingPath: [Field("answers")], debugDescription: "an object"))
        }
        typed = [:]
        for (id, value) in answers { typed[id] = try Self.text(value, id: id) }
    }

    private static func text(_ value: Any, id: String) throws -> String {
        switch value {
        case let text as String: return text
        // A JSON `true`/`false` is one of the two boolean singletons; any other number is a number.
        case let number as NSNumber where number === NSNumber(value: true) || number === NSNumber(value: false):
            return ReportAnswers.text(number.boolValue)
        case let number as NSNumber: return ReportAnswers.text(number.doubleValue)
        default:
            throw DecodingError.typeMismatch(String.self, .init(codingPath: [Field("answers"), Field(id)],
                                                                debugDescription: "a string, a number or a boolean"))
        }
    }

    private struct Field: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
