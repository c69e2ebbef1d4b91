import Domain
import Foundation

/// The addresses of the form editor, its settings and the reminders. Question ids are `[a-z][a-z0-9_]*`, so
/// they sit in a path as they are.
enum ReportFormRoute {
    case editor
    case addQuestion
    case question(String)
    case move(String)
    case retire(String)
    case settings
    case remind(unit: GridUnit.ID?, date: LocalDate?)
    case missing(unit: GridUnit.ID?, date: LocalDate?, reminded: Int?)

    var path: String {
        switch self {
        case .editor: "/settings/reports"
        case .addQuestion: "/settings/reports/questions"
        case .question(let id): "/settings/reports/questions/\(id)"
        case .move(let id): "/settings/reports/questions/\(id)/move"
        case .retire(let id): "/settings/reports/questions/\(id)/retire"
        case .settings: "/settings/reports/times"
        case .remind(let unit, let date):
            "/reports/remind" + MeetingRoute.query([("unit", unit?.rawValue.uuidString), ("date", date?.iso)])
        case .missing(let unit, let date, let reminded):
            "/reports/missing" + MeetingRoute.query([("unit", unit?.rawValue.uuidString), ("date", date?.iso),
                                                     ("reminded", reminded.map(String.init))])
        }
    }

    /// The patterns registered for the pages, beside `path` so that no branch of either can trap.
    enum Pattern {
        static let editor = "settings/reports"
        static let addQuestion = "settings/reports/questions"
        static let question = "settings/reports/questions/:question"
        static let move = "settings/reports/questions/:question/move"
        static let retire = "settings/reports/questions/:question/retire"
        static let settings = "settings/reports/times"
        static let remind = "reports/remind"
    }
}
