import Domain

/// 践诺制 and the posts on display. Names carry a `pledge`/`post` prefix: other features share the catalog.
extension Strings {
    var myPledgesTitle: String { pick("我的承诺", "My pledges") }
    var pledgeNewTitle: String { pick("作出承诺", "Make a pledge") }
    var pledgeEditTitle: String { pick("修改承诺草稿", "Edit the draft pledge") }
    var pledgeShowTitle: String { pick("承诺详情", "Pledge") }
    var pledgeWallHint: String {
        pick("亮身份、亮承诺、亮实绩：全校师生都可查看、评论和评价党员的承诺。",
             "Members' public promises: everyone at the school may read, comment on and rate them.")
    }
    var pledgeOwner: String { pick("承诺人", "Member") }
    var pledgePromise: String { pick("承诺内容", "Promise") }
    var pledgePeriod: String { pick("承诺期", "Period") }
    var pledgeDueDate: String { pick("完成时限", "Due by") }
    var pledgeLink: String { pick("关联岗位或职责", "Linked post or duty") }
    var pledgeNoLink: String { pick("不关联", "None") }
    var pledgeStatusLabel: String { pick("状态", "Status") }
    var pledgeOrganization: String { pick("党组织", "Organisation") }
    var pledgeUpdates: String { pick("践诺进展", "Progress") }
    func pledgeUpdateCount(_ n: Int) -> String { pick("进展\(n)条", "\(n) reports") }
    func pledgeCommentCount(_ n: Int) -> String { pick("评论\(n)条", "\(n) comments") }
    func pledgeRatingText(_ average: String?, _ n: Int) -> String {
        average.map { pick("群众评价 \($0) 分（\(n)人）", "Rated \($0) (\(n))") } ?? pick("暂无评价", "Not rated yet")
    }
    var pledgeNone: String { pick("暂无承诺", "No pledges") }
    var pledgeSaveDraft: String { pick("保存草稿", "Save draft") }
    var pledgeSaveAndPublish: String { pick("保存并公开", "Save and publish") }
    var pledgePublish: String { pick("公开承诺", "Publish") }
    var pledgeReportProgress: String { pick("报告进展", "Report progress") }
    var pledgeReportFulfilment: String { pick("报告履诺", "Report fulfilment") }
    var pledgeReportText: String { pick("情况说明", "What was done") }
    var pledgeEvidence: String { pick("佐证材料（链接或文件名，每行一项）", "Evidence (links or file names, one per line)") }
    var pledgeAppraise: String { pick("支委会评定", "Committee appraisal") }
    var pledgeVerdictLabel: String { pick("评定结果", "Verdict") }
    var pledgeRemark: String { pick("评定意见", "Remark") }
    var pledgeAppraisalTiming: String {
        pick("承诺期结束或本人报告履诺后，由支部委员会评定。", "The branch committee appraises after the period ends or the fulfilment is reported.")
    }
    var pledgeComments: String { pick("群众监督", "Comments") }
    var pledgeCommentLabel: String { pick("发表评论", "Comment") }
    var pledgeCommentSubmit: String { pick("发表", "Post") }
    var pledgeNoComments: String { pick("暂无评论", "No comments yet") }
    func pledgeHiddenComment(_ reason: String) -> String { pick("该评论已被支部书记隐藏：\(reason)", "Hidden by the branch secretary: \(reason)") }
    var pledgeHide: String { pick("隐藏", "Hide") }
    var pledgeHideReason: String { pick("隐藏理由", "Reason for hiding") }
    var pledgeRate: String { pick("评价践诺情况", "Rate the fulfilment") }
    var pledgeRateSubmit: String { pick("提交评价", "Rate") }
    func pledgeYourRating(_ score: Int) -> String { pick("你的评分：\(score)分（可修改）", "Your score: \(score) (you may change it)") }
    func pledgeScore(_ score: Int) -> String { pick("\(score)分", "\(score)") }
    var postHolder: String { pick("岗位人", "Holder") }
    var postSince: String { pick("设岗时间", "Since") }
    var postCurrentPledges: String { pick("当前承诺", "Current pledges") }
    var postNone: String { pick("暂无设岗", "No posts") }
    var postPointsYear: String { pick("本年积分", "Points this year") }

    func label(_ status: PledgeStatus) -> String {
        switch status {
        case .draft: pick("草稿", "Draft")
        case .published: pick("已公开", "Published")
        case .progressReported: pick("已报告进展", "Progress reported")
        case .fulfilmentReported: pick("已报告履诺", "Fulfilment reported")
        case .appraised: pick("已评定", "Appraised")
        }
    }

    func label(_ verdict: PledgeVerdict) -> String {
        switch verdict {
        case .fulfilled: pick("已践诺", "Fulfilled")
        case .partly: pick("部分践诺", "Partly fulfilled")
        case .notFulfilled: pick("未践诺", "Not fulfilled")
        }
    }

    func label(_ kind: PledgeUpdate.Kind) -> String {
        switch kind {
        case .progress: pick("进展", "Progress")
        case .fulfilment: pick("履诺报告", "Fulfilment")
        }
    }

    func label(_ period: PledgePeriod) -> String {
        switch period.part {
        case .year: pick(period.label, "\(period.year)")
        case .firstHalf: pick(period.label, "\(period.year) first half")
        case .secondHalf: pick(period.label, "\(period.year) second half")
        }
    }
}
