import Domain
import FluentKit
import Foundation

extension DuesStore {
    /// Sets a member's category and base for a year (once a year; a correction replaces it, audited).
    @discardableResult
    public func setProfile(person: Person.ID, year: Int, category: DuesCategory, base: Int?, context: AuditContext) async throws -> DuesProfile {
        let actor = context.actor
        guard actor.may(.manageDues) else { throw DomainError.forbidden }
        let member = try await member(person, scope: actor.scope)
        let profile = try DuesProfile.validated(personID: member.personID, year: year, category: category, monthlyBase: base,
                                                setBy: actor.login, setAt: context.now)
        guard let school = try await PersonRecord.query(on: database).filter(\.$id == person.rawValue).first()?.schoolID else { throw DomainError.notFound }
        try await database.writing { tx in
            let record = try await DuesProfileRecord.query(on: tx).filter(\.$personID == person.rawValue).filter(\.$year == year).first()
                ?? { let r = DuesProfileRecord(); r.id = UUID(); r.createdAt = context.now; return r }()
            record.schoolID = school; record.personID = person.rawValue; record.year = year; record.category = category.rawValue
            record.monthlyBase = Int64(profile.monthlyBase); record.setBy = actor.login; record.updatedAt = context.now
            try await record.save(on: tx)
            try await audit.append(context.event(.duesProfileSet, target: "person:\(person.rawValue)", school: .init(school),
                                                 detail: "\(year) \(category.rawValue) \(profile.monthlyBase)"), on: tx)
        }
        return profile
    }
}
