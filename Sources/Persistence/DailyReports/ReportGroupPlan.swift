import Domain
import Foundation
import SQLKit

/// The rows a group writes, decided submission by submission against the stored state: a new report,
/// a resubmission (the previous answers move to the revisions), a replay (nothing written), or a refusal.
struct ReportGroupPlan {
    var state: ReportGroupState
    private(set) var reports: [ReportKey: StoredReport] = [:]
    private(set) var revisions: [StoredReport] = []
    private(set) var counts: [CountKey: CountDelta] = [:]
    private(set) var abnormal: [ReportKey: (report: StoredReport, reason: String)] = [:]

    init(state: ReportGroupState) { self.state = state }

    struct CountKey: Hashable { var school: UUID, day: String, classID: UUID }
    struct CountDelta { var reported = 0, late = 0, abnormal = 0 }

    mutating func apply(_ submission: ReportSubmission) throws -> ReportReceipt {
        let key = ReportKey(submission)
        guard let student = state.students[key.person], student.school_id == submission.schoolID.rawValue else {
            throw DomainError.notFound
        }
        let consent = state.consenting.contains(key.person)
        let previous = reports[key] ?? state.stored[key]
        let form = submission.form
        if let replay = try replay(submission, previous: previous, key: key, consent: consent) { return replay }
        let checked = try submission.answers.outcome(healthConsent: consent)
        let isAbnormal = checked.isAbnormal
        let report = StoredReport(
            id: previous?.id ?? TimeOrderedID.make(), person_id: key.person, day: key.day, form_version: form.version,
            answers: checked.json, abnormal: isAbnormal,
            // A report on time stays on time when it is corrected after the cut-off.
            late: previous?.late ?? submission.timing.isLate(submission.submittedAt),
            off_campus: checked.isOffCampus, revision: (previous?.revision ?? 0) + 1,
            idempotency_key: submission.idempotencyKey, address: submission.address, submitted_at: submission.submittedAt)
        if let previous { revisions.append(previous) }
        reports[key] = report
        if let classID = student.class_id {
            let countKey = CountKey(school: student.school_id, day: key.day, classID: classID)
            var delta = counts[countKey] ?? CountDelta()
            if previous == nil { delta.reported += 1; delta.late += report.late ? 1 : 0 }
            delta.abnormal += (isAbnormal ? 1 : 0) - (previous?.abnormal == true ? 1 : 0)
            counts[countKey] = delta
        }
        if isAbnormal {
            abnormal[key] = (report, ReportWords.abnormal(checked.answers, in: form).joined(separator: "；"))
        } else {
            abnormal[key] = nil
        }
        return receipt(report, replay: false)
    }

    /// The same key again: the same answers are answered as before, other answers are refused.
    private func replay(_ submission: ReportSubmission, previous: StoredReport?, key: ReportKey,
                        consent: Bool) throws -> ReportReceipt? {
        guard let idempotencyKey = submission.idempotencyKey else { return nil }
        let earlier = previous?.idempotency_key == idempotencyKey ? previous?.answers : state.replayableKeys[key]?[idempotencyKey]
        guard let earlier, let previous else { return nil }
        guard (try? submission.answers.outcome(healthConsent: consent).json) == earlier else {
            throw DomainError.invalid(field: "Idempotency-Key", message: Message(
                zh: "这个幂等键已用于另一份不同的上报", en: "This Idempotency-Key was used for different answers"))
        }
        return receipt(previous, replay: true)
    }

    private func receipt(_ report: StoredReport, replay: Bool) -> ReportReceipt {
        ReportReceipt(reportID: report.id, day: LocalDate(iso: report.day)!, revision: report.revision,
                      formVersion: report.form_version, isLate: report.late, isAbnormal: report.abnormal,
                      submittedAt: report.submitted_at, isReplay: replay)
    }
}
