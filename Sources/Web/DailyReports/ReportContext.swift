import Domain
import Foundation
import NIOConcurrencyHelpers
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
/// A lock, not an actor: a hit costs no hop, and the stores are made only on a miss.
final class ReportContextCache: Sendable {
    static let lifetime: TimeInterval = 5
    private let entries = NIOLockedValueBox<[School.ID: (at: Date, context: ReportContext)]>([:])

    func context(of school: School.ID, stores: () -> Stores) async throws -> ReportContext {
        let now = Date()
        if let entry = entries.withLockedValue({ $0[school] }), now.timeIntervalSince(entry.at) < Self.lifetime {
            return entry.context
        }
        let stores = stores()
        let context = ReportContext(form: try await stores.reportForms.current(of: school),
                                    settings: try await stores.reportForms.settings(of: school),
                                    timeZone: try await stores.schools.find(school)?.timeZone ?? .schoolDefault)
        entries.withLockedValue { $0[school] = (now, context) }
        return context
    }

    func forget(_ school: School.ID) { _ = entries.withLockedValue { $0.removeValue(forKey: school) } }
}
