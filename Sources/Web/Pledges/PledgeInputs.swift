import Domain
import Foundation
import Vapor

/// A progress or fulfilment report as the page's form or the API's JSON sends it.
struct PledgeReportInput: Content {
    /// `progress` or `fulfilment`.
    var kind: String
    var text: String
    /// The API sends a list; the page a text area, one item per line.
    var evidence: [String]?
    var evidenceLines: String?
    var submission: String?

    func action() throws -> PledgeAction {
        let report = PledgeReport(text: text, evidence: evidence ?? PledgeReport.evidence(lines: evidenceLines ?? ""))
        switch kind {
        case PledgeUpdate.Kind.progress.rawValue: return .reportProgress(report)
        case PledgeUpdate.Kind.fulfilment.rawValue: return .reportFulfilment(report)
        default: throw DomainError.invalid(field: "kind", message: Message(zh: "报告类型无效", en: "kind is progress or fulfilment"))
        }
    }
}

/// The committee's appraisal.
struct PledgeAppraisalInput: Content {
    var verdict: String
    var remark: String?

    func action() throws -> PledgeAction {
        guard let verdict = PledgeVerdict(rawValue: verdict) else {
            throw DomainError.invalid(field: "verdict", message: Message(
                zh: "请选择评定结果", en: "verdict is one of \(PledgeVerdict.allCases.map(\.rawValue).joined(separator: ", "))"))
        }
        return .appraise(verdict, remark: remark ?? "")
    }
}

struct PledgeCommentInput: Content {
    var text: String
    var submission: String?
}

struct PledgeRatingInput: Content {
    var score: Int
}

struct PledgeHideInput: Content {
    var reason: String
}
