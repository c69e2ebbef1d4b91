import Domain

/// The typed string catalog. Each feature adds its strings in `Strings+Feature.swift`, both languages
/// side by side, so that no view holds literal UI text and no string exists in one language only.
struct Strings: Sendable {
    let locale: Message.Locale
    static let zh = Strings(locale: .zhHans)
    static let en = Strings(locale: .en)

    func pick(_ zh: String, _ en: String) -> String { locale == .en ? en : zh }
    func text(_ message: Message) -> String { message.text(locale) }
}

extension Strings {
    var appName: String { pick("支部 · 高校基层党建工作平台", "Zhibu · party work platform") }
    var shortName: String { pick("支部", "Zhibu") }
    var home: String { pick("首页", "Home") }
    var search: String { pick("搜索", "Search") }
    var save: String { pick("保存", "Save") }
    var cancel: String { pick("取消", "Cancel") }
    var edit: String { pick("编辑", "Edit") }
    var back: String { pick("返回", "Back") }
    var previous: String { pick("上一页", "Previous") }
    var next: String { pick("下一页", "Next") }
    var none: String { pick("无", "None") }
    var all: String { pick("全部", "All") }
    var yes: String { pick("是", "Yes") }
    var no: String { pick("否", "No") }
    var total: String { pick("共", "Total") }
    var switchLanguage: String { pick("English", "中文") }
    var demoModeBanner: String { pick("演示模式：演示账号免于首次登录改密，数据为虚构。", "Demo mode: demo accounts skip the first-login password change; all data is fictitious.") }
    func pageOf(_ page: Int, _ count: Int, _ total: Int) -> String {
        pick("第 \(page)/\(count) 页，共 \(total) 条", "Page \(page) of \(count), \(total) in all")
    }
    var exportXLSX: String { pick("导出 Excel", "Export Excel") }
    var exportCSV: String { pick("导出 CSV", "Export CSV") }
    var filter: String { pick("筛选", "Filter") }
    var actions: String { pick("操作", "Actions") }
    var name: String { pick("名称", "Name") }
    var kind: String { pick("类型", "Kind") }
}
