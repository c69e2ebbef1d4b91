import Foundation

/// Formats a cell's number as a person would type it. Excel keeps 15 significant digits, so we round
/// there: 0.1+0.2 stored as 0.30000000000000004 reads "0.3", and an 18-digit ID that Excel has already
/// rounded reads "110101199003071000" (visibly zero-padded) rather than "1.10101199003071E+17".
enum NumberText {
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return value.description }
        if value == 0 { return "0" }
        if value.rounded() == value, abs(value) < 1e15 { return String(Int64(value)) }
        return plainDecimal(String(format: "%.15g", value))
    }

    /// Rewrites scientific notation such as "1.5e-07" or "1.10101199003071e+17" without an exponent.
    static func plainDecimal(_ text: String) -> String {
        guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) else { return text }
        let exponent = Int(text[text.index(after: e)...]) ?? 0
        var mantissa = text[..<e]
        let sign = mantissa.hasPrefix("-") ? "-" : ""
        if !sign.isEmpty { mantissa = mantissa.dropFirst() }
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        let digits = String(parts[0]) + (parts.count > 1 ? String(parts[1]) : "")
        let pointPosition = parts[0].count + exponent
        let plain: String
        if pointPosition <= 0 {
            plain = "0." + String(repeating: "0", count: -pointPosition) + digits
        } else if pointPosition >= digits.count {
            plain = digits + String(repeating: "0", count: pointPosition - digits.count)
        } else {
            plain = digits.prefix(pointPosition) + "." + digits.dropFirst(pointPosition)
        }
        return sign + trimmingFractionZeros(plain)
    }

    private static func trimmingFractionZeros(_ text: String) -> String {
        guard text.contains(".") else { return text }
        var text = Substring(text)
        while text.hasSuffix("0") { text = text.dropLast() }
        if text.hasSuffix(".") { text = text.dropLast() }
        return String(text)
    }
}
