import Plot

/// Small building blocks of forms, generic over the context they sit in.
enum Form {
    static func csrf<C: HTML.BodyContext>(_ token: String) -> Node<C> {
        .input(.type(.hidden), .name(CSRFName.field), .value(token))
    }

    static func text<C: HTML.BodyContext>(_ label: String, name: String, value: String?, required: Bool = false,
                                          type: HTMLInputType = .text, error: String? = nil) -> Node<C> {
        .div(.class(error == nil ? "field" : "field invalid"),
             .label(.attribute(named: "for", value: name), .text(label)),
             .input(.type(type), .name(name), .id(name), .value(value ?? ""), .required(required)),
             .unwrap(error) { .p(.class("error"), .text($0)) })
    }

    static func select<C: HTML.BodyContext>(_ label: String, name: String, options: [(value: String, label: String)],
                                            selected: String?, includeEmpty: String? = nil, error: String? = nil) -> Node<C> {
        let all = (includeEmpty.map { [(value: "", label: $0)] } ?? []) + options
        return .div(.class(error == nil ? "field" : "field invalid"),
                    .label(.attribute(named: "for", value: name), .text(label)),
                    .element(named: "select", nodes: [.attribute(named: "name", value: name), .attribute(named: "id", value: name)]
                        + all.map { option in
                            .element(named: "option", nodes: [
                                .attribute(named: "value", value: option.value, ignoreIfValueIsEmpty: false),
                                .attribute(named: "selected", value: option.value == (selected ?? "") ? "selected" : nil, ignoreIfValueIsEmpty: true),
                                .text(option.label),
                            ])
                        }),
                    .unwrap(error) { .p(.class("error"), .text($0)) })
    }

    static func checkbox<C: HTML.BodyContext>(_ label: String, name: String, checked: Bool) -> Node<C> {
        .div(.class("field check"),
             .label(.input(.type(.checkbox), .name(name), .value("true"), .checked(checked)), .text(" " + label)))
    }

    /// A whole-form error shown above the fields.
    static func errorSummary<C: HTML.BodyContext>(_ message: String?) -> Node<C> {
        .unwrap(message) { .p(.class("error summary"), .attribute(named: "role", value: "alert"), .text($0)) }
    }
}

enum CSRFName { static let field = "_csrf" }
