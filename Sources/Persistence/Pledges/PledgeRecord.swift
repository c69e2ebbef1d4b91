import Domain
import FluentKit
import Foundation

/// A row of `pledges`. Days are ISO text; the period is stored whole (code, label, days) so that SQL filters and
/// lists need no calendar.
final class PledgeRecord: Model, @unchecked Sendable {
    static let schema = "pledges"
    @ID(key: .id) var id: UUID?
    @Field(key: "school_id") var schoolID: UUID
    @Field(key: "person_id") var personID: UUID
    @Field(key: "organization_id") var organizationID: UUID
    @Field(key: "organization_path") var organizationPath: String
    @Field(key: "period_code") var periodCode: String
    @Field(key: "period_label") var periodLabel: String
    @Field(key: "period_start") var periodStart: String
    @Field(key: "period_end") var periodEnd: String
    @Field(key: "promise") var promise: String
    @Field(key: "due_date") var dueDate: String
    @OptionalField(key: "post_id") var postID: UUID?
    @OptionalField(key: "duty") var duty: String?
    @Field(key: "status") var status: String
    @OptionalField(key: "published_at") var publishedAt: Date?
    @OptionalField(key: "verdict") var verdict: String?
    @OptionalField(key: "appraisal_remark") var appraisalRemark: String?
    @OptionalField(key: "appraised_by") var appraisedBy: String?
    @OptionalField(key: "appraised_at") var appraisedAt: Date?
    @Field(key: "submission_key") var submissionKey: String
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    func apply(_ p: Pledge) {
        id = p.id.rawValue; schoolID = p.schoolID.rawValue; personID = p.personID.rawValue
        organizationID = p.organizationID.rawValue; organizationPath = p.organizationPath.rawValue
        periodCode = p.period.code; periodLabel = p.period.label; periodStart = p.period.start.iso; periodEnd = p.period.end.iso
        promise = p.promise; dueDate = p.dueDate.iso; postID = p.postID?.rawValue; duty = p.duty?.rawValue
        status = p.status.rawValue; publishedAt = p.publishedAt
        verdict = p.appraisal?.verdict.rawValue; appraisalRemark = p.appraisal?.remark
        appraisedBy = p.appraisal?.by; appraisedAt = p.appraisal?.at
        createdAt = p.createdAt; updatedAt = p.updatedAt
    }

    var domain: Pledge {
        let period = PledgePeriod(code: periodCode) ?? PledgePeriod(year: LocalDate(iso: periodStart)?.year ?? 2026)
        let draft = PledgeDraft(period: period, promise: promise, dueDate: LocalDate(iso: dueDate) ?? period.end,
                                postID: postID.map { .init($0) }, duty: duty.flatMap(CommitteeRole.init(rawValue:)))
        var p = Pledge(id: .init(id!), schoolID: .init(schoolID), personID: .init(personID), organizationID: .init(organizationID),
                       organizationPath: TreePath(rawValue: organizationPath), draft: draft,
                       status: PledgeStatus(rawValue: status) ?? .draft, createdAt: createdAt)
        p.publishedAt = publishedAt; p.updatedAt = updatedAt
        if let verdict = verdict.flatMap(PledgeVerdict.init(rawValue:)), let by = appraisedBy, let at = appraisedAt {
            p.appraisal = PledgeAppraisal(verdict: verdict, remark: appraisalRemark ?? "", by: by, at: at)
        }
        return p
    }
}
