import Domain
import Persistence
import Plot
import Robots

extension RobotIndex {
    struct View {
        var model: Model
        var context: PageContext

        func render() -> HTML {
            let s = context.strings, o = model.organization
            return Layout.page(s.robotsTitle(o.name), context, .group(
                .p(.text(s.robotsIntro)),
                .if(model.queued, .p(.class("notice"), .attribute(named: "role", value: "status"), .text(s.testQueued))),
                list(),
                .h2(.text(s.addRobot)),
                form(),
                .p(.a(.href(SiteRoute.organization(o.id).path), .text(s.back)))
            ))
        }

        private func list() -> Node<HTML.BodyContext> {
            let s = context.strings
            guard !model.robots.isEmpty else { return .p(.text(s.noRobots)) }
            return .div(.class("table-wrap"), .table(.class("robots"),
                .thead(.tr(.th(.text(s.robotName)), .th(.text(s.robotKind)), .th(.text(s.robotAddress)),
                           .th(.text(s.lastDelivery)), .th(.text(s.actions)))),
                .tbody(.forEach(model.robots) { robot in
                    .tr(.attribute(named: "data-robot", value: robot.id.rawValue.uuidString),
                        .td(.text(robot.name)),
                        .td(.text(RobotKind(rawValue: robot.kind).map { s.label($0) } ?? robot.kind),
                            .if(robot.signed, .span(.class("badge"), .text(s.robotSigned)))),
                        .td(.code(.text(robot.maskedURL))),
                        .td(.text(model.lastDelivery[robot.id].map { s.delivery($0) } ?? s.neverSent)),
                        .td(actions(robot)))
                })))
        }

        private func actions(_ robot: RegisteredRobot) -> Node<HTML.BodyContext> {
            let s = context.strings, id = model.organization.id
            return .group(
                .form(.method(.post), .action(RobotRoute.test(id, robot.id).path), .class("inline"),
                      Form.csrf(context.csrfToken), .button(.type(.submit), .text(s.sendTestMessage))),
                .form(.method(.post), .action(RobotRoute.delete(id, robot.id).path), .class("inline"),
                      Form.csrf(context.csrfToken), .button(.type(.submit), .class("secondary"), .text(s.removeRobot))))
        }

        private func form() -> Node<HTML.BodyContext> {
            let s = context.strings, f = model.form
            return .div(.class("card"), .form(.method(.post), .action(RobotRoute.index(model.organization.id).path),
                Form.csrf(context.csrfToken),
                Form.errorSummary(model.error.map { $0.message(s.locale) }),
                Form.text(s.robotName, name: "name", value: f.name, required: true, error: error("name")),
                Form.text(s.robotURL, name: "url", value: f.url, required: true, type: .url, error: error("url")),
                .p(.small(.text(s.robotURLHint))),
                Form.text(s.robotSecret, name: "secret", value: nil, type: .password, error: error("secret")),
                .button(.type(.submit), .text(s.addRobot))))
        }

        private func error(_ field: String) -> String? {
            guard let error = model.error, error.field == field else { return nil }
            return error.message(context.strings.locale)
        }
    }
}
