import Domain
import FluentKit
import Foundation

/// Recording a month for the whole branch at once: one transaction, one payment per member who owes the month
/// and has not paid it; members already paid are skipped and reported, 年薪制 members left to be recorded one by one.
extension DuesStore {
    /// The confirmation before recording: who would be recorded, for how much, and who is skipped.
    public func previewMonth(of organizationID: Organization.ID, month: YearMonth, scope: Scope, now: Date) async throws -> (plan: DuesBatchPlan, members: [DuesMember]) {
        let organization = try await branch(organizationID, scope: scope)
        let current = try await currentMonth(of: organization.schoolID, now: now)
        try DuesBackPayment.check([month], recordedIn: current)
        let members = try await members(under: organization, scope: scope)
        return (try await plan(members, month: month, current: current, on: database), members)
    }

    public func recordMonth(of organizationID: Organization.ID, month: YearMonth, method: DuesPaymentMethod, key: String?,
                            context: AuditContext) async throws -> DuesRecording {
        let actor = context.actor
        guard actor.may(.manageDues) else { throw DomainError.forbidden }
        let organization = try await branch(organizationID, scope: actor.scope)
        let key = try TicketStore.checkedKey(key)
        let members = try await members(under: organization, scope: actor.scope)
        let everyone = Set(members.map(\.personID))
        if let key, let replay = try await replay(key: key, login: actor.login, people: everyone, months: [month]) { return replay }
        let zone = try await timeZone(of: organization.schoolID)
        let current = YearMonth(LocalDate(context.now, in: zone))
        try DuesBackPayment.check([month], recordedIn: current)
        do {
            return try await database.writing { tx in
                // Judged again inside the transaction, so that a payment recorded meanwhile is skipped, not doubled.
                let plan = try await self.plan(members, month: month, current: current, on: tx)
                let byID = Dictionary(uniqueKeysWithValues: members.map { ($0.personID, $0) })
                let payments = plan.toRecord.map { item in
                    DuesPayment(id: .init(UUID()), schoolID: organization.schoolID, personID: item.personID,
                                organizationID: byID[item.personID]?.organizationID, month: month, amount: item.amount, method: method,
                                paidAt: context.now, recordedBy: actor.login, recordedAt: context.now)
                }
                let paths = try await PersonRecord.query(on: tx).filter(\.$id ~~ plan.toRecord.map(\.personID.rawValue)).all()
                for group in Dictionary(grouping: payments, by: { p in paths.first { $0.id == p.personID.rawValue }?.organizationPath }) {
                    try await self.store(group.value, path: group.key, key: key ?? UUID().uuidString, zone: zone,
                                         target: "organization:\(organization.id.rawValue)", context: context, on: tx)
                }
                return DuesRecording(payments: payments, alreadyPaid: plan.alreadyPaid.compactMap { byID[$0] },
                                     individually: plan.individually.compactMap { byID[$0] }, created: true)
            }
        } catch let error where TicketStore.isUniqueViolation(error) {
            if let key, let replay = try await replay(key: key, login: actor.login, people: everyone, months: [month]) { return replay }
            throw DomainError.conflict(Message(zh: "有成员的党费刚被他人登记，请刷新后重试", en: "Someone recorded some of these meanwhile; reload and try again"))
        }
    }

    /// Only a branch (党支部) records a month for all its members at once.
    private func branch(_ id: Organization.ID, scope: Scope) async throws -> Organization {
        let organization = try await OrganizationStore(database: database, audit: audit).find(id, scope: scope)
        guard organization.kind == .branch else {
            throw DomainError.invalid(field: "org", message: Message(zh: "请选择一个党支部", en: "Choose a party branch"))
        }
        return organization
    }

    private func plan(_ members: [DuesMember], month: YearMonth, current: YearMonth, on db: any Database) async throws -> DuesBatchPlan {
        let facts = try await facts(of: members, from: month, through: month, on: db)
        return DuesBatchPlan.plan(month, statements: facts.map { DuesStatement.build($0, months: [month], current: current) })
    }
}
