import Plot

enum LoginPage {
    static func render(account: String, next: String?, error: String?, context: PageContext) -> HTML {
        let s = context.strings
        return Layout.page(s.loginTitle, context, .div(.class("card"),
            .form(.method(.post), .action("/login"),
                Form.csrf(context.csrfToken),
                .unwrap(next) { .input(.type(.hidden), .name("next"), .value($0)) },
                Form.errorSummary(error),
                Form.text(s.account, name: "account", value: account, required: true),
                Form.text(s.password, name: "password", value: nil, required: true, type: .password),
                .button(.type(.submit), .text(s.loginButton))
            )
        ))
    }
}

enum PasswordPage {
    static func render(mustChange: Bool, error: String?, done: Bool, context: PageContext) -> HTML {
        let s = context.strings
        return Layout.page(s.changePassword, context, .div(.class("card"),
            .if(mustChange, .p(.class("notice"), .text(s.mustChangePassword))),
            .if(done, .p(.class("notice"), .text(s.passwordChanged))),
            .form(.method(.post), .action(SiteRoute.password.path),
                Form.csrf(context.csrfToken),
                Form.errorSummary(error),
                Form.text(s.currentPassword, name: "current", value: nil, required: true, type: .password),
                Form.text(s.newPassword, name: "password", value: nil, required: true, type: .password),
                Form.text(s.repeatPassword, name: "repeated", value: nil, required: true, type: .password),
                .button(.type(.submit), .text(s.save))
            )
        ))
    }
}
