import Domain
import Foundation
import Persistence
import Plot

/// 全支部按月登记: the month and method, then a confirmation with the count and the sum, then the outcome with the
/// members skipped (already paid) and those to record one by one.
struct DuesBatchPage {
    enum Step {
        case choose(error: DomainError?)
        case confirm(DuesBatchPlan, method: DuesPaymentMethod)
        case done(DuesRecording, month: YearMonth)
    }

    var organization: Organization
    var members: [DuesMember]
    var current: YearMonth
    var step: Step
    var context: PageContext

    func render() -> HTML {
        let s = context.strings
        return Layout.page("\(s.duesBatchTitle) · \(organization.name)", context, .group(
            DuesPages.links(organization, year: nil, context: context),
            .p(.class("hint"), .text(s.duesBatchHint)),
            body()))
    }

    private func body() -> Node<HTML.BodyContext> {
        let s = context.strings
        switch step {
        case .choose(let error):
            let months = YearMonth.range(DuesBackPayment.earliest(recordedIn: current), through: current).reversed()
            return .group(
                Form.errorSummary(error.map { $0.message(s.locale) }),
                .form(.method(.get), .action("/dues/batch"), .class("stacked"),
                    .input(.type(.hidden), .name("org"), .value(organization.id.rawValue.uuidString)),
                    Form.select(s.duesMonth, name: "month", options: months.map { ($0.iso, $0.iso) }, selected: current.iso),
                    Form.select(s.duesMethod, name: "method", options: DuesPaymentMethod.allCases.map { ($0.rawValue, s.label($0)) },
                                selected: DuesPaymentMethod.wechat.rawValue),
                    .button(.type(.submit), .class("primary"), .text(s.duesPreview))))
        case .confirm(let plan, let method):
            return .group(
                .p(.class("summary"), .strong(.text(s.duesBatchSummary(plan.toRecord.count, Fen.format(plan.total))))),
                .p(.text("\(s.duesMonth)：\(plan.month.iso) · \(s.duesMethod)：\(s.label(method))")),
                names(plan.toRecord.map { ($0.personID, Fen.format($0.amount)) }),
                skipped(s.duesAlreadyPaid, plan.alreadyPaid), skipped(s.duesIndividually, plan.individually),
                .form(.method(.post), .action("/dues/batch"), .class("stacked"),
                    Form.csrf(context.csrfToken),
                    .input(.type(.hidden), .name("org"), .value(organization.id.rawValue.uuidString)),
                    .input(.type(.hidden), .name("months"), .value(plan.month.iso)),
                    .input(.type(.hidden), .name("method"), .value(method.rawValue)),
                    .input(.type(.hidden), .name("submission"), .value(UUID().uuidString)),
                    .button(.type(.submit), .class("primary"), .text(s.duesConfirm))))
        case .done(let recording, let month):
            return .group(
                .p(.class("summary ok"), .strong(.text(s.duesBatchDone(recording.payments.count, Fen.format(recording.total))))),
                .p(.text("\(s.duesMonth)：\(month.iso)")),
                names(recording.payments.map { ($0.personID, Fen.format($0.amount)) }),
                skipped(s.duesAlreadyPaid, recording.alreadyPaid.map(\.personID)),
                skipped(s.duesIndividually, recording.individually.map(\.personID)),
                .p(.a(.class("button"), .href(DuesRoute.sheet(org: organization.id, year: month.year).path), .text(s.duesTitle))))
        }
    }

    private func name(_ id: Person.ID) -> String { members.first { $0.personID == id }.map { "\($0.name)（\($0.number)）" } ?? "" }

    private func names(_ rows: [(Person.ID, String)]) -> Node<HTML.BodyContext> {
        .ul(.class("cards dues-batch"), .forEach(rows) { row in .li(.text("\(name(row.0)) · \(row.1) 元")) })
    }

    private func skipped(_ title: String, _ people: [Person.ID]) -> Node<HTML.BodyContext> {
        .if(!people.isEmpty, .group(.h2(.text("\(title)（\(people.count)）")),
                                    .p(.class("meta skipped"), .text(people.map(name).joined(separator: "、")))))
    }
}
