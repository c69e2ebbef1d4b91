import Domain

/// 党费: the dues pages' texts. Names carry a `dues` prefix: other features share the catalog.
extension Strings {
    var duesArrearsTitle: String { pick("党费欠交", "Dues arrears") }
    var duesProfilesTitle: String { pick("党费基数核定", "Dues bases") }
    var duesReductionsTitle: String { pick("少交/免交党费", "Dues reductions") }
    var duesLedgerTitle: String { pick("党费收支台账", "Dues ledger") }
    var duesPaymentTitle: String { pick("登记党费交纳", "Record a payment") }
    var duesBatchTitle: String { pick("全支部按月登记", "Record a month for the whole branch") }
    var duesBatchDoneTitle: String { pick("登记完成", "Recorded") }
    var duesOrganization: String { pick("党组织", "Organisation") }
    var duesYear: String { pick("年度", "Year") }
    var duesMember: String { pick("党员", "Member") }
    var duesNumber: String { pick("学工号", "Number") }
    var duesCategory: String { pick("类别", "Category") }
    var duesBase: String { pick("月基数（元）", "Monthly base (yuan)") }
    var duesMonthly: String { pick("每月应交（元）", "Monthly amount (yuan)") }
    var duesRule: String { pick("适用标准", "Rule applied") }
    var duesMonth: String { pick("月份", "Month") }
    var duesMonths: String { pick("交纳月份", "Months paid") }
    var duesAmount: String { pick("金额（元）", "Amount (yuan)") }
    var duesMethod: String { pick("交纳方式", "Method") }
    var duesPaidAt: String { pick("交纳时间", "Paid at") }
    var duesRecorder: String { pick("登记人", "Recorded by") }
    var duesNote: String { pick("备注", "Note") }
    var duesActualPay: String { pick("当月实际收入（元，年薪制必填）", "The month's actual pay (yuan, annual salary)") }
    var duesPaidTotal: String { pick("已交合计", "Paid") }
    var duesOwedTotal: String { pick("应交未交", "Owed") }
    var duesRecord: String { pick("登记", "Record") }
    var duesConfirm: String { pick("确认登记", "Confirm") }
    var duesPreview: String { pick("下一步：核对名单", "Next: check the list") }
    var duesNoMembers: String { pick("暂无党员", "No members") }
    var duesNoOrganization: String { pick("你没有可管理的党组织", "You manage no organisation") }
    var duesNoProfile: String { pick("未核定", "Not set") }
    var duesBackPaymentHint: String {
        pick("补交最多补交6个月；更早的月份请由支部按规定另行处理。金额按标准自动计算。",
             "Back payment covers at most 6 months; older months are for the branch to handle. Amounts follow the rule.")
    }
    var duesBatchHint: String {
        pick("为本支部当月应交而未交的党员各登记一笔；已交的跳过，年薪制和未核定基数的请逐人登记。",
             "Records one payment for each member who owes the month; those already paid are skipped; annual-salary members and those without a base are recorded one by one.")
    }
    func duesBatchSummary(_ count: Int, _ sum: String) -> String { pick("将登记 \(count) 人，合计 \(sum) 元", "\(count) members, \(sum) yuan in all") }
    func duesBatchDone(_ count: Int, _ sum: String) -> String { pick("已登记 \(count) 人，合计 \(sum) 元", "Recorded \(count) members, \(sum) yuan in all") }
    var duesAlreadyPaid: String { pick("已交，跳过", "Already paid, skipped") }
    var duesIndividually: String { pick("需逐人登记（年薪制或未核定基数）", "To record one by one (annual salary or no base)") }
    var duesArrearsMonths: String { pick("欠交月份", "Months unpaid") }
    var duesConsecutive: String { pick("连续未交", "In a row") }
    var duesArrearsNone: String { pick("没有欠交党费的党员", "No one is behind") }
    var duesArrearsHint: String {
        pick("按月统计至上月；连续3个月未交提醒，连续6个月未交按党章第九条由支部处理（系统不会自动除名）。",
             "Counted to last month; 3 in a row is a warning, 6 in a row is for the branch to handle under Article 9 (no one is removed automatically).")
    }
    func duesMonthsCount(_ n: Int) -> String { pick("\(n)个月", "\(n) months") }
    var duesSave: String { pick("保存", "Save") }
    var duesApply: String { pick("申请少交/免交", "Apply for a reduction") }
    var duesReductionKind: String { pick("申请类型", "Kind") }
    var duesReductionAmount: String { pick("少交后每月金额（元）", "Reduced monthly amount (yuan)") }
    var duesFrom: String { pick("起始月份", "From") }
    var duesTo: String { pick("截止月份", "To") }
    var duesReason: String { pick("理由", "Reason") }
    var duesStatus: String { pick("状态", "Status") }
    var duesDiscuss: String { pick("登记支部讨论", "Record the branch's discussion") }
    var duesDiscussedOn: String { pick("讨论日期", "Discussed on") }
    var duesApprove: String { pick("批准", "Approve") }
    var duesRefuse: String { pick("不批准", "Refuse") }
    var duesReference: String { pick("批准文号", "Approval reference") }
    var duesNoReductions: String { pick("暂无申请", "No applications") }
    var duesPayments: String { pick("交纳记录", "Payments") }
    var duesMyArrears: String { pick("欠交情况", "Arrears") }
    var duesKind: String { pick("类型", "Kind") }
    var duesOccurredOn: String { pick("日期", "Date") }
    var duesCounterparty: String { pick("对方单位/人员", "Counterparty") }
    var duesPurpose: String { pick("摘要", "Purpose") }
    var duesDocuments: String { pick("附件名称（每行一个）", "Documents (one per line)") }
    var duesOpening: String { pick("上年结余", "Carried over") }
    var duesInflow: String { pick("收入", "In") }
    var duesOutflow: String { pick("支出", "Out") }
    var duesClosing: String { pick("结余", "Balance") }
    var duesNewEntry: String { pick("新增收支", "New line") }
    var duesLedgerExportName: String { pick("党费收支台账", "dues-ledger") }
    var duesBalancesBelow: String { pick("下级组织结余", "Balances below") }
    var duesLedgerNone: String { pick("本年度暂无收支", "No lines this year") }
    var duesRecordPayment: String { pick("登记交纳", "Record") }

    func label(_ category: DuesCategory) -> String { text(category.label) }
    func label(_ method: DuesPaymentMethod) -> String { text(method.label) }
    func label(_ kind: DuesLedgerKind) -> String { text(kind.label) }

    func label(_ kind: DuesReduction.Kind) -> String {
        switch kind {
        case .reduce: pick("少交", "Reduce")
        case .exempt: pick("免交", "Exempt")
        }
    }

    func label(_ status: DuesReduction.Status) -> String {
        switch status {
        case .applied: pick("已申请", "Applied")
        case .discussed: pick("支部已讨论", "Discussed")
        case .approved: pick("已批准", "Approved")
        case .refused: pick("未批准", "Refused")
        }
    }

    /// A month's cell on the branch's sheet.
    func duesCell(_ status: DuesMonthStatus) -> String {
        switch status {
        case .notDue: "—"
        case .paid(let amount): pick("已交 ", "Paid ") + Fen.format(amount)
        case .exempt: pick("免交", "Exempt")
        case .owed(let amount, let reduced): pick(reduced ? "少交应交 " : "应交 ", reduced ? "Reduced, owed " : "Owed ") + Fen.format(amount)
        case .unassessed: pick("未核定", "No base")
        case .upcoming: ""
        }
    }
}
