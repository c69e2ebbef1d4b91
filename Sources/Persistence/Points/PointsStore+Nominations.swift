import Domain
import FluentKit
import Foundation
import SQLKit

extension PointsStore {
    /// Draws a shortlist for an honour from a frozen year (members, or branches by their members' sum).
    public func nominate(year: Int, title: String, subject: Nomination.Subject, criterion: Nomination.Criterion,
                         key: String?, context: AuditContext) async throws -> (nomination: Nomination, created: Bool) {
        let actor = context.actor
        guard let school = actor.schoolID, actor.may(.manageNominations) else { throw DomainError.forbidden }
        let key = try TicketStore.checkedKey(key)
        if let key, let existing = try await existingNomination(creator: actor.login, key: key) { return (existing, false) }
        let title = try Nomination.validated(title: title, criterion: criterion)
        let archive: PointArchive
        do { archive = try await self.archive(school: school, year: year) } catch DomainError.notFound {
            throw DomainError.invalid(field: "year", message: Message(zh: "\(year)年度尚未归档，不能推优", en: "\(year) is not archived yet"))
        }
        let ranking: PointRanking<UUID>
        switch subject {
        case .member: ranking = Nomination.memberTotals(archive)
        case .branch:
            let ids = Set(archive.totals.compactMap(\.organizationID))
            ranking = Nomination.branchTotals(archive, names: try await OrganizationStore(database: database, audit: audit).names(of: ids))
        }
        let nomination = Nomination(id: .init(UUID()), schoolID: school, year: year, title: title, subject: subject,
                                    criterion: criterion, shortlist: Nomination.shortlist(ranking, by: criterion),
                                    createdBy: actor.login, createdAt: context.now)
        do {
            try await database.writing { tx in
                let record = NominationRecord()
                record.apply(nomination); record.submissionKey = key ?? UUID().uuidString
                try await record.create(on: tx)
                try await audit.append(context.event(.nominationCreated, target: "nomination:\(nomination.id.rawValue)", school: school,
                                                     detail: "\(year) \(title) \(subject.rawValue) \(nomination.shortlist.count)"), on: tx)
            }
            return (nomination, true)
        } catch let error where TicketStore.isUniqueViolation(error) && key != nil {
            guard let existing = try await existingNomination(creator: actor.login, key: key!) else { throw error }
            return (existing, false)
        }
    }

    /// Records the committee's final choice among the shortlist, with its reason (once).
    @discardableResult
    public func decideNomination(_ id: Nomination.ID, chosen: [UUID], reason: String, context: AuditContext) async throws -> Nomination {
        let actor = context.actor
        guard actor.may(.manageNominations) else { throw DomainError.forbidden }
        return try await database.writing { tx in
            try await (tx as! any SQLDatabase).update(NominationRecord.schema).set("title", to: SQLColumn("title"))
                .where("id", .equal, SQLBind(id.rawValue)).run()
            let record = try await nominationRecord(id, scope: actor.scope, on: tx)
            let decided = try record.domain.deciding(chosen, reason: reason, by: actor.login, at: context.now)
            record.apply(decided)
            try await record.update(on: tx)
            try await audit.append(context.event(.nominationDecided, target: "nomination:\(id.rawValue)", school: decided.schoolID,
                                                 detail: "\(decided.chosen.count) chosen"), on: tx)
            return decided
        }
    }

    public func nominations(school: School.ID) async throws -> [Nomination] {
        try await NominationRecord.query(on: database).filter(\.$schoolID == school.rawValue)
            .sort(\.$year, .descending).sort(\.$createdAt, .descending).all().map(\.domain)
    }

    public func nomination(_ id: Nomination.ID, scope: Scope) async throws -> Nomination {
        try await nominationRecord(id, scope: scope, on: database).domain
    }

    /// Nominations are school-wide records: the school's own roles reach them.
    private func nominationRecord(_ id: Nomination.ID, scope: Scope, on db: any Database) async throws -> NominationRecord {
        guard let record = try await NominationRecord.query(on: db).restrict(to: scope.schools, schoolKey: "school_id")
            .filter(\.$id == id.rawValue).first() else { throw DomainError.notFound }
        return record
    }

    private func existingNomination(creator: String, key: String) async throws -> Nomination? {
        try await NominationRecord.query(on: database).filter(\.$createdBy == creator).filter(\.$submissionKey == key).first()?.domain
    }
}
