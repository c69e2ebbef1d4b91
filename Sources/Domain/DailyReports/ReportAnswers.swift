import Foundation

/// A report's answers by question id, each in its canonical text: an option id, `yes`/`no`, a number
/// in plain decimal form, or the text typed. Stored as a JSON object with sorted keys.
public struct ReportAnswers: Equatable, Sendable, Codable {
    public var values: [String: String]

    public init(_ values: [String: String] = [:]) { self.values = values }

    public subscript(id: String) -> String? { values[id] }

    public var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(values)) ?? Data("{}".utf8), as: UTF8.self)
    }

    public init(json: String) {
        values = (try? JSONDecoder().decode([String: String].self, from: Data(json.utf8))) ?? [:]
    }

    /// The canonical text of a yes/no answer.
    public static func text(_ yes: Bool) -> String { yes ? "yes" : "no" }

    /// The canonical text of a number: no trailing zeros, no exponent (36.5, 37, -1.25).
    public static func text(_ number: Double) -> String {
        var text = String(format: "%.2f", number)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }
}
