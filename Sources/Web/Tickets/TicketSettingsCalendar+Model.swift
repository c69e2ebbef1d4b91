import Domain
import Persistence
import Vapor

/// A year of a school's working calendar: its special days (official, the school's, or the school's over an
/// official one) and the working days of each month, as deadlines count them.
enum TicketSettingsCalendar {
    enum Source: Equatable, Sendable {
        case official
        case school
        /// The school's entry replaces the official entry of that date, which had this name.
        case override(officialName: String)
    }

    struct Row: Equatable, Sendable {
        var day: CalendarDay
        var source: Source
        var isWorkingDay: Bool
    }

    struct Month: Equatable, Sendable {
        var month: Int
        var workingDays: Int
        /// Monday to Friday, yet off (a holiday).
        var weekdaysOff: Int
        /// Saturday or Sunday, yet worked (调休).
        var makeUpDays: Int
    }

    struct Model {
        var year: Int
        var hasOfficial: Bool
        var rows: [Row]
        var months: [Month]
        var typed: [String: String]
        var error: DomainError?

        /// Pure: the page's figures from the two lists of entries.
        init(year: Int, official: [CalendarDay], school: [CalendarDay], typed: [String: String] = [:], error: DomainError? = nil) {
            self.year = year; self.typed = typed; self.error = error
            hasOfficial = !official.isEmpty
            let calendar = WorkCalendar(official: official, school: school)
            let officialByDate = Dictionary(official.map { ($0.date, $0) }) { first, _ in first }
            let schoolDates = Set(school.map(\.date))
            let rows = school.map { day in
                Row(day: day, source: officialByDate[day.date].map { .override(officialName: $0.name) } ?? .school,
                    isWorkingDay: calendar.isWorkingDay(day.date))
            } + official.filter { !schoolDates.contains($0.date) }.map {
                Row(day: $0, source: .official, isWorkingDay: calendar.isWorkingDay($0.date))
            }
            self.rows = rows.filter { $0.day.date.year == year }.sorted { $0.day.date < $1.day.date }
            months = (1...12).map { Self.month($0, of: year, calendar) }
        }

        static func month(_ month: Int, of year: Int, _ calendar: WorkCalendar) -> Month {
            guard let first = LocalDate(year: year, month: month, day: 1) else { return Month(month: month, workingDays: 0, weekdaysOff: 0, makeUpDays: 0) }
            let days = (first.dayNumber..<first.adding(months: 1).dayNumber).map(LocalDate.init(dayNumber:))
            return Month(month: month, workingDays: days.count(where: calendar.isWorkingDay),
                         weekdaysOff: days.count { !$0.isWeekend && !calendar.isWorkingDay($0) },
                         makeUpDays: days.count { $0.isWeekend && calendar.isWorkingDay($0) })
        }

        var total: Month {
            months.reduce(into: Month(month: 0, workingDays: 0, weekdaysOff: 0, makeUpDays: 0)) { t, m in
                t.workingDays += m.workingDays; t.weekdaysOff += m.weekdaysOff; t.makeUpDays += m.makeUpDays
            }
        }
    }

    static func response(_ request: Request, school: School.ID, year: Int, typed: [String: String] = [:],
                         error: DomainError? = nil) async throws -> Response {
        let model = Model(year: year, official: OfficialCalendar.days(of: year),
                          school: try await request.stores.calendar.entries(of: school, year: year), typed: typed, error: error)
        return try View(model: model, context: PageContext(request)).render()
            .response(status: error == nil ? .ok : .unprocessableEntity)
    }
}
