extension Strings {
    func errorTitle(_ status: Int) -> String {
        switch status {
        case 400: pick("请求有误", "Bad request")
        case 401: pick("请先登录", "Please log in")
        case 403: pick("无权访问", "Not allowed")
        case 404: pick("页面不存在", "Not found")
        case 409: pick("记录冲突", "Conflict")
        case 413: pick("文件太大", "File too large")
        case 422: pick("输入有误", "Invalid input")
        case 429: pick("请求过于频繁", "Too many requests")
        default: pick("服务器出错", "Server error")
        }
    }

    func errorExplanation(_ status: Int) -> String {
        switch status {
        case 403: pick("您的角色不能进行此操作。", "Your role cannot do this.")
        case 404: pick("找不到该记录，或它不在您的管理范围内。", "There is no such record, or it is outside your scope.")
        case 500...: pick("出错了，已记录。请稍后再试。", "Something went wrong and was logged. Please try again later.")
        default: pick("请检查后重试。", "Please check and try again.")
        }
    }

    var csrfRefused: String { pick("表单已过期或来源不符，请刷新页面后重试。", "The form has expired or came from elsewhere; reload the page and try again.") }
    var backHome: String { pick("回到首页", "Back to home") }
}
