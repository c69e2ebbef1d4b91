import Domain
import FluentKit
import Foundation

extension AccountStore {
    public func list(school: School.ID?, page: ListRequest) async throws -> ListPage<Account> {
        let query = AccountRecord.query(on: database)
        if let school { query.filter(\.$schoolID == school.rawValue) }
        let total = try await query.count()
        let records = try await query.copy().sort(\.$login).range(page.offset..<(page.offset + page.size)).all()
        // One query for the roles of the whole page, not one per account.
        let roles = records.isEmpty ? [] : try await RoleAssignmentRecord.query(on: database)
            .filter(\.$accountID ~~ records.compactMap(\.id)).all()
        let rolesByAccount = Dictionary(grouping: roles, by: \.accountID)
        let accounts = records.map { account($0, roles: rolesByAccount[$0.id!] ?? []) }
        return ListPage(items: accounts, number: page.number, size: page.size, total: total)
    }

    public func find(_ id: Actor.AccountID, school: School.ID?) async throws -> Account {
        let query = AccountRecord.query(on: database).filter(\.$id == id.rawValue)
        if let school { query.filter(\.$schoolID == school.rawValue) }
        guard let record = try await query.first() else { throw DomainError.notFound }
        let roles = try await RoleAssignmentRecord.query(on: database).filter(\.$accountID == record.id!).all()
        return account(record, roles: roles)
    }

    private func account(_ record: AccountRecord, roles: [RoleAssignmentRecord]) -> Account {
        Account(id: .init(record.id!), login: record.login, displayName: record.displayName,
                       schoolID: record.schoolID.map { .init($0) }, personID: record.personID.map { .init($0) },
                       roles: roles.compactMap { r in Role(rawValue: r.role).map {
                           RoleAssignment(id: .init(r.id!), role: $0, schoolID: r.schoolID.map { .init($0) },
                                          organizationID: r.organizationID.map { .init($0) }, gridUnitID: r.gridUnitID.map { .init($0) },
                                          departmentID: r.departmentID.map { .init($0) })
                       } },
                       mustChangePassword: record.mustChangePassword,
                       isLocked: LockoutPolicy.State(failures: record.failedLogins, lockedUntil: record.lockedUntil).isLocked(at: clock.now()))
    }

    /// Creates an account that must change its password at first login.
    public func create(login: String, displayName: String, password: String, school: School.ID?, person: Person.ID?,
                       isDemo: Bool = false, hasher: any PasswordHasher, context: AuditContext) async throws -> Actor.AccountID {
        let login = login.trimmingCharacters(in: .whitespaces)
        guard login.count >= 2, login.count <= 64, login.allSatisfy({ $0.isLetter || $0.isNumber || "._-".contains($0) }) else {
            throw DomainError.invalid(field: "login", message: Message(zh: "账号须为2至64位字母、数字或 . _ -", en: "An account name has 2–64 letters, digits or . _ -"))
        }
        if !isDemo { try PasswordPolicy().check(password, login: login) }
        if try await AccountRecord.query(on: database).filter(\.$login == login).count() > 0 {
            throw DomainError.conflict(Message(zh: "账号 \(login) 已存在", en: "The account \(login) already exists"))
        }
        if let person, try await AccountRecord.query(on: database).filter(\.$personID == person.rawValue).count() > 0 {
            throw DomainError.conflict(Message(zh: "该人员已有账号", en: "This person already has an account"))
        }
        let record = AccountRecord()
        record.id = UUID(); record.login = login; record.displayName = displayName; record.schoolID = school?.rawValue
        record.personID = person?.rawValue; record.passwordHash = try hasher.hash(password)
        record.mustChangePassword = true; record.isDemo = isDemo; record.failedLogins = 0
        try await database.writing { tx in
            try await record.create(on: tx)
            try await audit.append(context.event(.accountCreated, target: "account:\(login)", school: school), on: tx)
        }
        return .init(record.id!)
    }

    /// Gives a role; refuses a second one of the separated administrations (三权分立).
    public func assign(_ assignment: RoleAssignment, to id: Actor.AccountID, context: AuditContext) async throws {
        let account = try await find(id, school: context.actor.schoolID)
        try Role.checkSeparation(account.roles.map(\.role) + [assignment.role])
        if assignment.role.isSeparatedAdministration && !account.roles.isEmpty {
            throw DomainError.invalid(field: "role", message: Message(
                zh: "三权分立：管理员账号不能兼任其他角色", en: "Separation of duties: an administrator account holds no other role"))
        }
        if account.roles.contains(where: \.role.isSeparatedAdministration) {
            throw DomainError.invalid(field: "role", message: Message(
                zh: "三权分立：管理员账号不能兼任其他角色", en: "Separation of duties: an administrator account holds no other role"))
        }
        let record = RoleAssignmentRecord()
        record.id = assignment.id.rawValue; record.accountID = id.rawValue; record.role = assignment.role.rawValue
        record.schoolID = assignment.schoolID?.rawValue; record.organizationID = assignment.organizationID?.rawValue
        record.gridUnitID = assignment.gridUnitID?.rawValue; record.departmentID = assignment.departmentID?.rawValue
        try await database.writing { tx in
            try await record.create(on: tx)
            try await audit.append(context.event(.roleAssigned, target: "account:\(account.login)", school: account.schoolID,
                                                 detail: assignment.role.rawValue), on: tx)
        }
    }

    public func revoke(_ assignmentID: RoleAssignment.ID, from id: Actor.AccountID, context: AuditContext) async throws {
        let account = try await find(id, school: context.actor.schoolID)
        guard let record = try await RoleAssignmentRecord.query(on: database).filter(\.$id == assignmentID.rawValue)
            .filter(\.$accountID == id.rawValue).first() else { throw DomainError.notFound }
        try await database.writing { tx in
            try await record.delete(on: tx)
            try await audit.append(context.event(.roleRevoked, target: "account:\(account.login)", school: account.schoolID,
                                                 detail: record.role), on: tx)
        }
    }

    public func unlock(_ id: Actor.AccountID, context: AuditContext) async throws {
        let account = try await find(id, school: context.actor.schoolID)
        guard let record = try await AccountRecord.find(id.rawValue, on: database) else { throw DomainError.notFound }
        record.failedLogins = 0; record.lockedUntil = nil
        try await database.writing { tx in
            try await record.update(on: tx)
            try await audit.append(context.event(.accountUnlocked, target: "account:\(account.login)", school: account.schoolID), on: tx)
        }
    }
}
