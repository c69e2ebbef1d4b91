extension Strings {
    var loginTitle: String { pick("登录", "Log in") }
    var account: String { pick("账号", "Account") }
    var password: String { pick("密码", "Password") }
    var loginButton: String { pick("登录", "Log in") }
    var logout: String { pick("退出", "Log out") }
    var loginRefused: String { pick("账号或密码不正确。", "The account or password is wrong.") }
    var loginLocked: String { pick("登录失败次数过多，账号已锁定15分钟。", "Too many failed logins: the account is locked for 15 minutes.") }
    var changePassword: String { pick("修改密码", "Change password") }
    var currentPassword: String { pick("当前密码", "Current password") }
    var newPassword: String { pick("新密码（至少12个字符）", "New password (at least 12 characters)") }
    var repeatPassword: String { pick("再次输入新密码", "Repeat the new password") }
    var passwordsDiffer: String { pick("两次输入的新密码不一致", "The two new passwords differ") }
    var mustChangePassword: String { pick("首次登录须修改密码后才能继续。", "Change your password before going on (first login).") }
    var passwordChanged: String { pick("密码已修改。", "Your password has been changed.") }
}
