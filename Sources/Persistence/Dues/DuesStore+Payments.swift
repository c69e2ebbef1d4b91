import Domain
import FluentKit
import Foundation
import SQLKit

extension DuesStore {
    /// Records one member's payment for one or more months: the amounts follow the rule (an approved 少交 amount, or
    /// for 年薪制 the month's actual pay); months paid, exempt, not yet owed or older than the 补交 limit are refused.
    public func record(_ input: DuesPaymentInput, key: String?, context: AuditContext) async throws -> DuesRecording {
        let actor = context.actor
        guard actor.may(.manageDues) else { throw DomainError.forbidden }
        let member = try await member(input.person, scope: actor.scope)
        let key = try TicketStore.checkedKey(key)
        if let key, let replay = try await replay(key: key, login: actor.login, people: [input.person], months: input.months) { return replay }
        guard let person = try await PersonRecord.query(on: database).filter(\.$id == input.person.rawValue).first() else { throw DomainError.notFound }
        let school = School.ID(person.schoolID), zone = try await timeZone(of: school)
        let current = YearMonth(LocalDate(context.now, in: zone))
        try DuesBackPayment.check(input.months, recordedIn: current)
        let note = input.note?.trimmingCharacters(in: .whitespacesAndNewlines)
        do {
            return try await database.writing { tx in
                let facts = try await self.facts(of: [member], from: input.months[0], through: current, on: tx)[0]
                let statement = DuesStatement.build(facts, months: input.months, current: current)
                let payments = try statement.lines.map { line in
                    DuesPayment(id: .init(UUID()), schoolID: school, personID: member.personID, organizationID: member.organizationID,
                                month: line.month, amount: try Self.amount(line, facts: facts, actualPay: input.actualPay),
                                actualPay: facts.profile(for: line.month.year)?.category == .annualSalary ? input.actualPay : nil,
                                method: input.method, paidAt: input.paidAt ?? context.now, recordedBy: actor.login, recordedAt: context.now,
                                note: note?.isEmpty == false ? String(note!.prefix(200)) : nil)
                }
                try await self.store(payments, path: person.organizationPath, key: key ?? UUID().uuidString, zone: zone,
                                     target: "person:\(member.personID.rawValue)", context: context, on: tx)
                return DuesRecording(payments: payments, alreadyPaid: [], individually: [], created: true)
            }
        } catch let error where TicketStore.isUniqueViolation(error) {
            if let key, let replay = try await replay(key: key, login: actor.login, people: [input.person], months: input.months) { return replay }
            throw DomainError.conflict(Message(zh: "该月党费已登记", en: "This month is already recorded"))
        }
    }

    /// The amount of one month by the rule, or why it cannot be recorded.
    static func amount(_ line: DuesStatement.Line, facts: DuesStatement.Facts, actualPay: Int?) throws -> Int {
        let month = line.month.iso
        switch line.status {
        case .paid: throw DomainError.conflict(Message(zh: "\(month)的党费已交", en: "\(month) is already paid"))
        case .exempt: throw DomainError.invalid(field: "months", message: Message(zh: "\(month)已批准免交", en: "\(month) is exempt"))
        case .notDue, .upcoming:
            throw DomainError.invalid(field: "months", message: Message(zh: "\(month)尚不需交纳党费（入党或转入之前）", en: "Nothing is owed for \(month)"))
        case .unassessed:
            throw DomainError.invalid(field: "months", message: Message(zh: "请先核定\(line.month.year)年的党费基数", en: "Set the \(line.month.year) base first"))
        case .owed(let amount, let reduced):
            guard !reduced, let profile = facts.profile(for: line.month.year), profile.category == .annualSalary else { return amount }
            guard let actualPay, actualPay > 0 else {
                throw DomainError.invalid(field: "actualPay", message: Message(zh: "年薪制党员请填写当月实际收入（元）", en: "Give the month's actual pay (annual salary)"))
            }
            return try profile.rate(actualPay: actualPay).amount
        }
    }

    /// Inserts the rows with one audit event, and awards the on-time points (recorded by the month's end).
    func store(_ payments: [DuesPayment], path: String?, key: String, zone: TimeZone, target: String, context: AuditContext,
               on tx: any Database) async throws {
        guard let first = payments.first else { return }
        for payment in payments { try await DuesPaymentRecord(payment, path: path, key: key).create(on: tx) }
        let months = Set(payments.map(\.month.iso)).sorted().joined(separator: ",")
        try await audit.append(context.event(.duesPaymentsRecorded, target: target, school: first.schoolID,
                                             detail: "months:\(months);count:\(payments.count);fen:\(payments.reduce(0) { $0 + $1.amount })"), on: tx)
        for payment in payments where payment.isOnTime(in: zone) {
            try await PointAwards.record(.duesPaidOnTime, person: payment.personID.rawValue, source: "dues_payment:\(payment.id.rawValue)",
                                         school: payment.schoolID, context: context, audit: audit, on: tx)
        }
    }

    /// The rows a key already stored for this recorder: the same people and months answer them again; others are a 422.
    func replay(key: String, login: String, people: Set<Person.ID>, months: [YearMonth]) async throws -> DuesRecording? {
        let rows = try await DuesPaymentRecord.query(on: database).filter(\.$recordedBy == login).filter(\.$submissionKey == key).all()
        guard !rows.isEmpty else { return nil }
        let payments = rows.map(\.domain)
        guard Set(payments.map(\.month)) == Set(months), Set(payments.map(\.personID)).isSubset(of: people) else {
            throw DomainError.invalid(field: "Idempotency-Key", message: Message(
                zh: "该幂等键已用于另一次登记", en: "This idempotency key was already used for a different recording"))
        }
        return DuesRecording(payments: payments.sorted { ($0.month, $0.personID.rawValue.uuidString) < ($1.month, $1.personID.rawValue.uuidString) },
                             alreadyPaid: [], individually: [], created: false)
    }
}
