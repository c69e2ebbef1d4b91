import Domain

/// The report times form: `cutoff` and `reminder` as HH:MM, `remindersEnabled` as a checkbox. A malformed time is
/// refused on its own field; the order of the times is `ReportSettings.validated()`'s to check.
enum ReportSettingsForm {
    static func settings(_ fields: [String: String]) throws -> ReportSettings {
        let minute = { (name: String) throws -> Int in
            guard let minute = ReportSettings.minute(of: (fields[name] ?? "").trimmingCharacters(in: .whitespaces)) else {
                throw ReportQuestionForm.invalid(name, \.reportTimeInvalid)
            }
            return minute
        }
        return try ReportSettings(cutoffMinute: minute("cutoff"), reminderMinute: minute("reminder"),
                                  remindersEnabled: fields["remindersEnabled"] == "true").validated()
    }
}
