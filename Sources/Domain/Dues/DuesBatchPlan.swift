/// Recording one month for the whole branch at once: who owes it and how much, who already paid (skipped and
/// reported), who is exempt or not yet due, and who must be recorded one by one (年薪制: on the month's actual pay).
public struct DuesBatchPlan: Equatable, Sendable {
    public struct Item: Equatable, Sendable {
        public var personID: Person.ID
        public var amount: Int
    }

    public var month: YearMonth
    public var toRecord: [Item]
    public var alreadyPaid: [Person.ID]
    public var individually: [Person.ID]
    public var notOwing: [Person.ID]

    public var total: Int { toRecord.reduce(0) { $0 + $1.amount } }

    public static func plan(_ month: YearMonth, statements: [DuesStatement]) -> DuesBatchPlan {
        var plan = DuesBatchPlan(month: month, toRecord: [], alreadyPaid: [], individually: [], notOwing: [])
        for statement in statements {
            let line = statement.line(month)
            switch line?.status {
            case .paid: plan.alreadyPaid.append(statement.personID)
            case .owed(let amount, _):
                if line?.rate?.category == .annualSalary { plan.individually.append(statement.personID) }
                else { plan.toRecord.append(Item(personID: statement.personID, amount: amount)) }
            case .unassessed: plan.individually.append(statement.personID)
            default: plan.notOwing.append(statement.personID)
            }
        }
        return plan
    }
}
