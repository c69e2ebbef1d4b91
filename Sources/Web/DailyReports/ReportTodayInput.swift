import Foundation

/// The student's report form as posted: answers under `q_<question id>` (so that the CSRF token and the key never
/// pass for answers), and the form's one-time key, which makes a double tap store one report.
struct ReportTodayInput: Sendable {
    static let prefix = "q_"

    var typed: [String: String]
    var submission: String

    init(typed: [String: String] = [:], submission: String = UUID().uuidString) {
        self.typed = typed; self.submission = submission
    }

    init(fields: [String: String]) {
        var typed: [String: String] = [:]
        for (name, value) in fields where name.hasPrefix(Self.prefix) { typed[String(name.dropFirst(Self.prefix.count))] = value }
        self.typed = typed
        // A form without a key still reports once; only a resent one needs the key to be recognised.
        submission = fields["submission"].flatMap { $0.isEmpty ? nil : $0 } ?? UUID().uuidString
    }

    static func fieldName(_ questionID: String) -> String { prefix + questionID }
}
