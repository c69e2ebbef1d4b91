import Domain
import Foundation
import Persistence
import Plot
import Vapor

/// The views of 工作通报面对面.
enum BriefingPages {
    /// The school's colleges by name, for the representatives' lines. College names are public within the school.
    static func colleges(_ request: Request, school: School.ID) async throws -> [GridUnit] {
        try await request.stores.grid.list(scope: Scope(schools: .only([school]), grants: [.everything]), kinds: [.college])
    }

    struct Index {
        var briefings: [Briefing]
        var context: PageContext

        func render() -> HTML {
            let s = context.strings
            return Layout.page(s.briefingsTitle, context, .group(
                .if(context.may(.manageBriefings), .p(.a(.class("button"), .href(TicketRoute.newBriefing.path), .text(s.newBriefing)))),
                briefings.isEmpty ? .p(.text(s.noBriefings)) : .ul(.class("cards"), .forEach(briefings) { b in
                    .li(.class("card"), .a(.href(TicketRoute.briefing(b.id).path), .text(b.heldOn.iso + " " + b.title)),
                        .if(!b.place.isEmpty, .span(.class("meta"), .text(" · " + b.place))))
                })))
        }
    }

    static func editor(_ request: Request, form: BriefingForm, error: DomainError?) async throws -> Response {
        guard let school = try request.actor.schoolID else { throw DomainError.notFound }
        let departments = try await request.stores.departments.departments(of: school, activeOnly: true)
        let s = request.strings, context = PageContext(request)
        let message = error.map { $0.message(s.locale) }
        func fieldError(_ name: String) -> String? { error?.field == name ? message : nil }
        let page = Layout.page(s.newBriefing, context, .group(
            Form.errorSummary(message),
            .form(.method(.post), .action("/briefings"), .class("stacked"),
                  Form.csrf(context.csrfToken),
                  Form.text(s.heldOn, name: "heldOn", value: form.heldOn, required: true, type: .date, error: fieldError("heldOn")),
                  Form.text(s.briefingTitle, name: "title", value: form.title, required: true, error: fieldError("title")),
                  Form.text(s.briefingPlace, name: "place", value: form.place, error: fieldError("place")),
                  .div(.class("group"), .p(.class("group-title"), .text(s.departmentReports)), .forEach(departments) { d in
                      .div(.class("field"), .label(.attribute(named: "for", value: "report_\(d.id.rawValue)"), .text(d.name)),
                           .textarea(.name("report_\(d.id.rawValue)"), .id("report_\(d.id.rawValue)"), .attribute(named: "rows", value: "2"),
                                     .text(form.summaries[d.id.rawValue] ?? "")))
                  }),
                  .div(.class(fieldError("representatives") == nil ? "field" : "field invalid"),
                       .label(.attribute(named: "for", value: "representatives"), .text(s.representatives)),
                       .p(.class("hint"), .text(s.representativesHint)),
                       .textarea(.name("representatives"), .id("representatives"), .attribute(named: "rows", value: "6"), .text(form.representatives))),
                  .button(.type(.submit), .class("primary"), .text(s.save)))))
        return try page.response(status: error?.status ?? .ok)
    }

    static func show(_ request: Request, id: Briefing.ID, question: TicketForm, error: DomainError?) async throws -> Response {
        let actor = try request.actor, stores = request.stores
        guard let school = actor.schoolID else { throw DomainError.notFound }
        let briefing = try await stores.briefings.find(id, school: school)
        let questions = try await stores.briefings.questions(of: id)
        let previous = try await stores.briefings.previous(to: briefing)
        var carried: [Ticket] = []
        if let previous { carried = try await stores.briefings.questions(of: previous.id).filter { !$0.answeredOnSpot } }
        let departments = Dictionary(uniqueKeysWithValues: try await stores.departments.departments(of: school).map { ($0.id, $0.name) })
        let categories = try await stores.departments.categories(of: school, activeOnly: true)
        let colleges = Dictionary(uniqueKeysWithValues: try await colleges(request, school: school).map { ($0.id, $0.name) })
        let s = request.strings, context = PageContext(request)
        func list(_ tickets: [Ticket]) -> Node<HTML.BodyContext> {
            tickets.isEmpty ? .p(.text(s.noTickets)) : .ul(.class("cards"), .forEach(tickets) { t in
                .li(.class("card"),
                    .strong(.text("\(t.reference) \(t.title)")),
                    .p(.class("meta"), .text(([s.label(t.status), departments[t.departmentID] ?? ""] + TicketMarks.badges(t, now: request.now, s))
                                                .filter { !$0.isEmpty }.joined(separator: " · "))),
                    .unwrap(t.answer) { .p(.class("prose answer"), .text($0)) })
            })
        }
        let message = error.map { $0.message(s.locale) }
        let page = Layout.page(briefing.heldOn.iso + " " + briefing.title, context, .group(
            .p(.class("meta"), .text(briefing.place)),
            .unwrap(previous) { p in
                .section(.class("carried"), .h2(.text(s.previousOpenQuestions + "（\(p.heldOn.iso)）")), list(carried))
            },
            .section(.h2(.text(s.departmentReports)), .dl(.class("facts"), .forEach(briefing.reports) { r in
                .group(.dt(.text(departments[r.departmentID] ?? "")), .dd(.class("prose"), .text(r.summary)))
            })),
            .section(.h2(.text(s.representatives)), .ul(.forEach(briefing.representatives) { r in
                .li(.text([r.name, s.label(r.kind), r.collegeID.flatMap { colleges[$0] } ?? ""].filter { !$0.isEmpty }.joined(separator: " · ")))
            })),
            .section(.id("questions"), .h2(.text(s.briefingQuestions)), list(questions)),
            .if(context.may(.manageBriefings), .section(.h2(.text(s.addQuestion)),
                Form.errorSummary(message),
                .form(.method(.post), .action(TicketRoute.briefingQuestions(id).path), .class("stacked"),
                      Form.csrf(context.csrfToken),
                      .input(.type(.hidden), .name("submission"), .value(question.submission)),
                      Form.select(s.ticketCategory, name: "categoryId", options: categories.map { ($0.id.rawValue.uuidString, $0.name) },
                                  selected: question.categoryId, includeEmpty: "—"),
                      Form.text(s.ticketTitleField, name: "title", value: question.title, required: true),
                      .div(.class("field"), .label(.text(s.ticketBody)),
                           .textarea(.name("body"), .attribute(named: "rows", value: "3"), .required(true), .text(question.body))),
                      .div(.class("field"), .label(.text(s.answerOnSpot)),
                           .textarea(.name("answerOnSpot"), .attribute(named: "rows", value: "3"))),
                      .input(.type(.hidden), .name("publishable"), .value("true")),
                      .button(.type(.submit), .text(s.addQuestion)))))))
        return try page.response(status: error?.status ?? .ok)
    }
}
