import Domain
import Foundation
import Persistence

/// What a report is checked against: the school's current form, its settings and time zone.
struct ReportContext: Sendable {
    var form: ReportForm
    var settings: ReportSettings
    var timeZone: TimeZone
    var timing: ReportTiming { ReportTiming(timeZone: timeZone, settings: settings) }
}

/// The report context of each school, kept for a few seconds: at the morning peak every submission needs
/// it, and a form saved on one server reaches the others within `lifetime` (the editor's own server at once).
actor ReportContextCache {
    static let lifetime: TimeInterval = 5
    private var entries: [School.ID: (at: Date, context: ReportContext)] = [:]

    func context(of school: School.ID, stores: Stores) async throws -> ReportContext {
        if let entry = entries[school], Date().timeIntervalSince(entry.at) < Self.lifetime { return entry.context }
        let context = ReportContext(form: try await stores.reportForms.current(of: school),
                                    settings: try await stores.reportForms.settings(of: school),
                                    timeZone: try await stores.schools.find(school)?.timeZone ?? .schoolDefault)
        entries[school] = (Date(), context)
        return context
    }

    func forget(_ school: School.ID) { entries[school] = nil }
}
