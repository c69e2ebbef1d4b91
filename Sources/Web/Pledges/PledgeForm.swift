import Domain
import Foundation
import Vapor

/// The pledge form as typed, kept whole so that a refused submission shows everything again. The API sends the same
/// names as JSON (`link` there is split into `postId` and `duty`).
struct PledgeForm: Content {
    var period: String = ""
    var promise: String = ""
    var dueDate: String = ""
    /// `post:<uuid>`, `duty:<role>` or empty.
    var link: String = ""
    /// `publish` on the "save and publish" button.
    var intent: String? = nil
    /// The form's one-time token: a second press of the button stores one pledge.
    var submission: String = UUID().uuidString

    init() {}

    init(_ pledge: Pledge) {
        period = pledge.period.code; promise = pledge.promise; dueDate = pledge.dueDate.iso
        link = pledge.postID.map { "post:\($0.rawValue)" } ?? pledge.duty.map { "duty:\($0.rawValue)" } ?? ""
    }

    /// A field the browser left out counts as empty, so that the form comes back with a message rather than a 400.
    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        period = try c.decodeIfPresent(String.self, forKey: .period) ?? ""
        promise = try c.decodeIfPresent(String.self, forKey: .promise) ?? ""
        dueDate = try c.decodeIfPresent(String.self, forKey: .dueDate) ?? ""
        link = try c.decodeIfPresent(String.self, forKey: .link) ?? ""
        intent = try c.decodeIfPresent(String.self, forKey: .intent)
        submission = try c.decodeIfPresent(String.self, forKey: .submission) ?? UUID().uuidString
    }

    func draft() throws -> PledgeDraft {
        guard let period = PledgePeriod(code: period) else {
            throw DomainError.invalid(field: "period", message: Message(zh: "请选择承诺期", en: "Choose the period"))
        }
        guard let due = LocalDate(iso: dueDate.trimmingCharacters(in: .whitespaces)) else {
            throw DomainError.invalid(field: "dueDate", message: Message(zh: "请选择完成时限", en: "Choose the due date"))
        }
        var draft = PledgeDraft(period: period, promise: promise, dueDate: due)
        let parts = link.split(separator: ":", maxSplits: 1).map(String.init)
        switch parts.first {
        case "post": draft.postID = parts.count == 2 ? UUID(uuidString: parts[1]).map { .init($0) } : nil
        case "duty": draft.duty = parts.count == 2 ? CommitteeRole(rawValue: parts[1]) : nil
        default: break
        }
        return draft
    }
}
