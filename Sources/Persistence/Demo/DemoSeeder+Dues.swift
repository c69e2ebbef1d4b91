import Domain
import FluentKit
import Foundation
import SQLKit

/// The demo's 党费 (`DemoDues`): profiles, reductions, payments and ledger lines, written with multi-row inserts in
/// one transaction per table.
extension DemoSeeder {
    func seedDues(_ demo: DemoUniversity, progress: @Sendable (String) -> Void) async throws {
        let dues = DemoDues.generate(for: demo)
        let school = SQLBind(demo.school.id.rawValue)
        let paths = Dictionary(uniqueKeysWithValues: demo.organizations.map { ($0.id, $0.path.rawValue) })
        let personPath = Dictionary(uniqueKeysWithValues: demo.people.compactMap { p in
            p.person.organizationID.flatMap { paths[$0] }.map { (p.person.id, $0) }
        })
        let profiles = dues.profiles.map { p -> [SQLBind] in
            [SQLBind(UUID()), school, SQLBind(p.personID.rawValue), SQLBind(p.year), SQLBind(p.category.rawValue),
             SQLBind(Int64(p.monthlyBase)), SQLBind(p.setBy), SQLBind(p.setAt), SQLBind(p.setAt)]
        }
        let reductions = dues.reductions.map { r -> [SQLBind] in
            [SQLBind(r.id.rawValue), school, SQLBind(r.personID.rawValue), SQLBind(personPath[r.personID]), SQLBind(r.kind.rawValue),
             SQLBind(r.amount.map(Int64.init)), SQLBind(r.from.iso), SQLBind(r.to.iso), SQLBind(r.reason), SQLBind(r.status.rawValue),
             SQLBind(r.appliedBy), SQLBind(r.appliedAt), SQLBind(r.discussedOn?.iso), SQLBind(r.discussionNote), SQLBind(r.discussedBy),
             SQLBind(r.approvedBy), SQLBind(r.approvedAt), SQLBind(r.approvalReference), SQLBind(r.approvedAt ?? r.appliedAt)]
        }
        let payments = dues.payments.map { p -> [SQLBind] in
            [SQLBind(p.id.rawValue), school, SQLBind(p.personID.rawValue), SQLBind(p.organizationID?.rawValue),
             SQLBind(p.organizationID.flatMap { paths[$0] }), SQLBind(p.month.iso), SQLBind(Int64(p.amount)), SQLBind(p.method.rawValue),
             SQLBind(p.paidAt), SQLBind(p.recordedBy), SQLBind(p.recordedAt), SQLBind("demo-\(p.id.rawValue)")]
        }
        let ledger = dues.ledger.map { e -> [SQLBind] in
            [SQLBind(e.id.rawValue), school, SQLBind(e.organizationID.rawValue), SQLBind(paths[e.organizationID] ?? "/"), SQLBind(e.year),
             SQLBind(e.kind.rawValue), SQLBind(Int64(e.amount)), SQLBind(e.occurredOn.iso), SQLBind(e.counterparty), SQLBind(e.purpose),
             SQLBind(e.approvalReference), SQLBind(JSONCoding.encode(e.documents)), SQLBind(e.recordedBy), SQLBind(e.recordedAt),
             SQLBind("demo-\(e.id.rawValue)")]
        }
        try await stores.database.writing { tx in
            let sql = tx as! any SQLDatabase
            try await MeetingRows.insert(profiles, into: "dues_profiles", columns: [
                "id", "school_id", "person_id", "year", "category", "monthly_base", "set_by", "created_at", "updated_at"], on: sql)
            try await MeetingRows.insert(reductions, into: "dues_reductions", columns: [
                "id", "school_id", "person_id", "organization_path", "kind", "amount", "from_month", "to_month", "reason", "status",
                "applied_by", "applied_at", "discussed_on", "discussion_note", "discussed_by", "approved_by", "approved_at",
                "approval_reference", "updated_at"], on: sql)
            try await MeetingRows.insert(payments, into: "dues_payments", columns: [
                "id", "school_id", "person_id", "organization_id", "organization_path", "month", "amount", "method", "paid_at",
                "recorded_by", "recorded_at", "submission_key"], on: sql)
            try await MeetingRows.insert(ledger, into: "dues_ledger_entries", columns: [
                "id", "school_id", "organization_id", "organization_path", "year", "kind", "amount", "occurred_on", "counterparty",
                "purpose", "approval_reference", "documents", "recorded_by", "recorded_at", "submission_key"], on: sql)
        }
        progress("dues: \(profiles.count) profiles, \(payments.count) payments, \(reductions.count) reductions, \(ledger.count) ledger lines")
    }
}
