import Domain
import FluentKit
import Foundation

extension OrganizationStore {
    /// Records when an organisation in scope was founded and dissolved; dissolution cannot precede founding.
    public func setLifespan(_ id: Organization.ID, foundedOn: LocalDate?, dissolvedOn: LocalDate?, context: AuditContext) async throws {
        _ = try await find(id, scope: context.actor.scope)
        if let foundedOn, let dissolvedOn, dissolvedOn < foundedOn {
            throw DomainError.invalid(field: "dissolvedOn", message: Message(zh: "撤销日期不能早于成立日期",
                                                                              en: "Dissolution cannot come before founding"))
        }
        try await database.writing { tx in
            guard let record = try await OrganizationRecord.find(id.rawValue, on: tx) else { throw DomainError.notFound }
            record.foundedOn = foundedOn?.iso; record.dissolvedOn = dissolvedOn?.iso
            try await record.update(on: tx)
            try await audit.append(context.event(.organizationUpdated, target: "organization:\(id.rawValue)", school: .init(record.schoolID),
                                                 detail: "founded=\(foundedOn?.iso ?? "") dissolved=\(dissolvedOn?.iso ?? "")"), on: tx)
        }
    }
}
