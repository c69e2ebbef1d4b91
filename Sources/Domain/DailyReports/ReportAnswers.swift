import Foundation

/// A report's answers by question id, each in its canonical text: an option id, `yes`/`no`, a number
/// in plain decimal form, or the text typed. Stored as a JSON object with sorted keys.
public struct ReportAnswers: Equatable, Sendable, Codable {
    public var values: [String: String]

    public init(_ values: [String: String] = [:]) { self.values = values }

    public subscript(id: String) -> String? { values[id] }

    /// The stored form: keys in byte order, slashes and other text as typed (what `JSONEncoder` writes with
    /// `.sortedKeys` and `.withoutEscapingSlashes`). Written by hand: it runs once per submission on the
    /// morning's hot path, where the encoder cost more than the rest of the check.
    public var json: String {
        var json = "{"
        for (index, key) in values.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }).enumerated() {
            if index > 0 { json += "," }
            Self.appendQuoted(key, to: &json)
            json += ":"
            Self.appendQuoted(values[key]!, to: &json)
        }
        return json + "}"
    }

    private static func appendQuoted(_ text: String, to json: inout String) {
        json += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": json += "\\\""
            case "\\": json += "\\\\"
            case "\n": json += "\\n"
            case "\r": json += "\\r"
            case "\t": json += "\\t"
            case "\u{8}": json += "\\b"
            case "\u{c}": json += "\\f"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                json += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: json.unicodeScalars.append(scalar)
            }
        }
        json += "\""
    }

    public init(json: String) {
        values = (try? JSONDecoder().decode([String: String].self, from: Data(json.utf8))) ?? [:]
    }

    /// The canonical text of a yes/no answer.
    public static func text(_ yes: Bool) -> String { yes ? "yes" : "no" }

    /// The canonical text of a number, rounded to hundredths: no trailing zeros, no exponent (36.5, 37, -1.25).
    public static func text(_ number: Double) -> String {
        let hundredths = (number * 100).rounded()
        guard hundredths.magnitude < 1e15 else { return String(format: "%.0f", number.rounded()) }
        let whole = Int(hundredths.magnitude) / 100, fraction = Int(hundredths.magnitude) % 100
        let sign = hundredths < 0 ? "-" : ""
        switch fraction {
        case 0: return whole == 0 ? "0" : "\(sign)\(whole)"
        case let f where f % 10 == 0: return "\(sign)\(whole).\(f / 10)"
        case let f: return "\(sign)\(whole).\(f < 10 ? "0" : "")\(f)"
        }
    }
}
