import Domain
import FluentKit
import Foundation
import SQLKit

extension PledgeStore {
    /// A member writes a pledge (a draft; `publish` true puts it on the wall at once). `key` is the form's one-time
    /// token or the API's Idempotency-Key: the same key with the same words answers the stored pledge (`created`
    /// false); with other words it is refused.
    public func create(_ draft: PledgeDraft, publish: Bool, key: String?, context: AuditContext) async throws -> (pledge: Pledge, created: Bool) {
        let actor = context.actor
        guard let personID = actor.personID, let schoolID = actor.schoolID,
              let person = try await PersonRecord.query(on: database).filter(\.$id == personID.rawValue).first(),
              PoliticalStatus(rawValue: person.politicalStatus)?.isPartyMember == true,
              let organizationID = person.organizationID, let path = person.organizationPath else {
            throw DomainError.invalid(field: nil, message: Message(zh: "只有有组织关系的党员可以作出承诺",
                                                                   en: "Only a party member with a branch can make a pledge"))
        }
        let key = try TicketStore.checkedKey(key)
        if let key, let existing = try await existing(person: personID, key: key) { return (try Self.replay(existing, draft), false) }
        let today = try await SchoolStore(database: database).today(of: schoolID, now: context.now)
        let own = try await postsAndDuty(of: personID)
        let draft = try draft.validated(today: today, posts: own.posts.map(\.id), duty: own.duty)
        var pledge = Pledge(id: .init(UUID()), schoolID: schoolID, personID: personID, organizationID: .init(organizationID),
                            organizationPath: TreePath(rawValue: path), draft: draft, createdAt: context.now)
        if publish {
            pledge = try PledgeTransition.apply(.publish, to: pledge, by: PledgeParty(isOwner: true), login: actor.login,
                                                at: context.now, today: today)
        }
        do {
            try await database.writing { [pledge] tx in
                let record = PledgeRecord()
                record.apply(pledge)
                record.submissionKey = key ?? UUID().uuidString
                try await record.create(on: tx)
                try await audit.append(context.event(.pledgeSaved, target: "pledge:\(pledge.id.rawValue)", school: schoolID,
                                                     detail: "\(pledge.period.code) \(pledge.status.rawValue)"), on: tx)
            }
            return (pledge, true)
        } catch let error where TicketStore.isUniqueViolation(error) && key != nil {
            guard let existing = try await existing(person: personID, key: key!) else { throw error }
            return (try Self.replay(existing, draft), false)
        }
    }

    /// The owner rewrites their draft.
    @discardableResult
    public func edit(_ id: Pledge.ID, _ draft: PledgeDraft, context: AuditContext) async throws -> Pledge {
        let before = try await find(id, actor: context.actor)
        let today = try await SchoolStore(database: database).today(of: before.schoolID, now: context.now)
        let own = try await postsAndDuty(of: before.personID)
        let draft = try draft.validated(today: today, posts: own.posts.map(\.id), duty: own.duty)
        return try await act(id, .edit(draft), context: context)
    }

    private func existing(person: Person.ID, key: String) async throws -> PledgeRecord? {
        try await PledgeRecord.query(on: database).filter(\.$personID == person.rawValue).filter(\.$submissionKey == key).first()
    }

    private static func replay(_ existing: PledgeRecord, _ draft: PledgeDraft) throws -> Pledge {
        let pledge = existing.domain
        guard pledge.period == draft.period, pledge.dueDate == draft.dueDate, pledge.postID == draft.postID,
              pledge.duty == draft.duty, pledge.promise == draft.promise.trimmingCharacters(in: .whitespacesAndNewlines) else {
            throw DomainError.invalid(field: "Idempotency-Key", message: Message(
                zh: "该幂等键已用于另一份承诺", en: "This idempotency key was already used for a different pledge"))
        }
        return pledge
    }
}
