import Domain
import Plot

extension TicketSettingsCalendar {
    struct View {
        var model: Model
        var context: PageContext

        func render() -> HTML {
            let s = context.strings, year = model.year
            return Layout.page(s.calendarTitle(year), context, .group(
                .p(.class("hint"), .text(s.calendarIntro)),
                .p(.class("pager"),
                   .a(.href(TicketRoute.calendar(year: year - 1).path), .text("← " + s.calendarPreviousYear)),
                   .a(.href(TicketRoute.calendar(year: year + 1).path), .text(s.calendarNextYear + " →"))),
                .if(!model.hasOfficial, .p(.class("notice warning"), .text(s.calendarNoOfficial(year)))),
                .h2(.text(s.calendarSpecialDays)), specialDays(),
                .h2(.text(s.calendarAddEntry)), addForm(),
                .h2(.text(s.calendarPerMonth)), months(),
                .p(.a(.href(TicketRoute.settings.path), .text(s.settingsBackToSettings)))
            ))
        }

        private func specialDays() -> Node<HTML.BodyContext> {
            let s = context.strings
            guard !model.rows.isEmpty else { return .p(.text(s.calendarNoSpecialDays)) }
            return .div(.class("table-wrap"), .table(.class("calendar-days"),
                .thead(.tr(.th(.text(s.calendarDate)), .th(.text(s.calendarWeekday)), .th(.text(s.calendarKind)), .th(.text(s.calendarName)),
                           .th(.text(s.calendarIsWorkingDay)), .th(.text(s.calendarSource)), .th(.text(s.actions)))),
                .tbody(.forEach(model.rows) { row in
                    .tr(.attribute(named: "data-date", value: row.day.date.iso),
                        .attribute(named: "data-source", value: row.source == .official ? "official" : "school"),
                        .td(.text(row.day.date.iso)), .td(.text(s.weekday(row.day.date.weekday))),
                        .td(.text(s.label(row.day.kind))), .td(.text(row.day.name)),
                        .td(.class(row.isWorkingDay ? "" : "warning"), .text(row.isWorkingDay ? s.yes : s.no)),
                        .td(source(row.source)),
                        .td(.if(row.source != .official, removeForm(row.day.date))))
                })))
        }

        private func source(_ source: Source) -> Node<HTML.BodyContext> {
            let s = context.strings
            switch source {
            case .official: return .text(s.calendarSourceOfficial)
            case .school: return .span(.class("badge"), .text(s.calendarSourceSchool))
            case .override(let name):
                return .group(.span(.class("badge"), .text(s.calendarSourceOverride)), .small(.text(" " + s.calendarReplaces(name))))
            }
        }

        private func removeForm(_ date: LocalDate) -> Node<HTML.BodyContext> {
            .form(.method(.post), .action(TicketSettingsRoute.removeCalendarDay.path), .class("inline"),
                  Form.csrf(context.csrfToken), .input(.type(.hidden), .name("date"), .value(date.iso)),
                  .button(.type(.submit), .class("secondary"), .text(context.strings.calendarRemove)))
        }

        private func addForm() -> Node<HTML.BodyContext> {
            let s = context.strings, typed = model.typed
            return .div(.class("card"), .form(.method(.post), .action(TicketSettingsRoute.calendarDays.path),
                Form.csrf(context.csrfToken), .input(.type(.hidden), .name("year"), .value(String(model.year))),
                Form.errorSummary(model.error.flatMap { ["date", "kind", "name"].contains($0.field ?? "") ? nil : $0.message(s.locale) }),
                Form.text(s.calendarDate, name: "date", value: typed["date"], required: true, type: .date, error: error("date")),
                Form.select(s.calendarKind, name: "kind", options: CalendarDay.Kind.allCases.map { ($0.rawValue, s.label($0)) },
                            selected: typed["kind"] ?? CalendarDay.Kind.holiday.rawValue, error: error("kind")),
                Form.text(s.calendarName, name: "name", value: typed["name"], required: true, error: error("name")),
                .p(.class("hint"), .text(s.calendarAddHint)),
                .button(.type(.submit), .text(s.calendarSave))))
        }

        private func months() -> Node<HTML.BodyContext> {
            let s = context.strings
            return .div(.class("table-wrap"), .table(.class("calendar-months"),
                .thead(.tr(.th(.text(s.calendarMonth)), .th(.text(s.calendarWorkingDays)), .th(.text(s.calendarDaysOff)),
                           .th(.text(s.calendarMakeUpDays)))),
                .tbody(.forEach(model.months) { m in monthRow(s.month(m.month), m, month: m.month) }),
                .tfoot(monthRow(s.calendarYearTotal, model.total, month: nil))))
        }

        private func monthRow(_ label: String, _ m: Month, month: Int?) -> Node<HTML.TableContext> {
            .tr(.attribute(named: "data-month", value: month.map(String.init)),
                .th(.text(label)), .td(.text(String(m.workingDays))), .td(.text(String(m.weekdaysOff))), .td(.text(String(m.makeUpDays))))
        }

        private func error(_ field: String) -> String? {
            guard let error = model.error, error.field == field else { return nil }
            return error.message(context.strings.locale)
        }
    }
}
