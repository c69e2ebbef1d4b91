import Domain
import Foundation
import Persistence
import Plot

/// A student's reports as cards, newest first: the day, the time, late and abnormal marks, the answers in words.
/// Shared by the student's own page and the staff's view of one student.
enum ReportCards {
    static func list(_ reports: [DailyReport], form: ReportForm, timeZone: TimeZone, strings s: Strings,
                     empty: String) -> Node<HTML.BodyContext> {
        guard !reports.isEmpty else { return .p(.class("meta"), .text(empty)) }
        return .ul(.class("cards reports"), .forEach(reports) { report in
            .li(.class(report.isAbnormal ? "card overdue" : report.isLate ? "card warned" : "card"),
                .attribute(named: "data-day", value: report.day.iso),
                .p(.strong(.text(report.day.iso)),
                   .text(" " + ReportClock.time(report.submittedAt, in: timeZone)),
                   .if(report.isLate, .span(.class("badge"), .text(s.reportLate))),
                   .if(report.isAbnormal, .span(.class("badge"), .text(s.reportAbnormalMark))),
                   .if(report.revision > 1, .span(.class("meta"), .text(" · " + s.reportRevision(report.revision))))),
                .p(.class("meta"), .text(words(report.answers, form: form, strings: s))))
        })
    }

    /// "今日身体状况：健康；今日所在地：在校", in the form's order; retired questions still have their labels.
    static func words(_ answers: ReportAnswers, form: ReportForm, strings s: Strings) -> String {
        form.questions.compactMap { question in
            answers[question.id] == nil ? nil
                : "\(s.text(question.label))：\(ReportWords.answer(question, answers, locale: s.locale))"
        }.joined(separator: s.locale == .en ? "; " : "；")
    }
}
