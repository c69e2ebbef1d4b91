import Domain
import FluentKit
import Foundation
import SQLKit

/// 职能部门 and ticket categories. Their names are public within the school (anyone raising a ticket picks a
/// category); only an actor who reaches every ticket of the school may change them.
public struct DepartmentStore: Sendable {
    let database: any Database
    let audit: AuditLog

    public func departments(of school: School.ID, activeOnly: Bool = false) async throws -> [Department] {
        let query = DepartmentRecord.query(on: database).filter(\.$schoolID == school.rawValue).sort(\.$name)
        if activeOnly { query.filter(\.$isActive == true) }
        return try await query.all().map(\.domain)
    }

    public func categories(of school: School.ID, activeOnly: Bool = false) async throws -> [TicketCategory] {
        let query = TicketCategoryRecord.query(on: database).filter(\.$schoolID == school.rawValue).sort(\.$name)
        if activeOnly { query.filter(\.$isActive == true) }
        return try await query.all().map(\.domain)
    }

    public func department(_ id: Department.ID, school: School.ID) async throws -> Department {
        guard let record = try await DepartmentRecord.query(on: database).filter(\.$id == id.rawValue)
            .filter(\.$schoolID == school.rawValue).first() else { throw DomainError.notFound }
        return record.domain
    }

    public func category(_ id: TicketCategory.ID, school: School.ID) async throws -> TicketCategory {
        guard let record = try await TicketCategoryRecord.query(on: database).filter(\.$id == id.rawValue)
            .filter(\.$schoolID == school.rawValue).first() else { throw DomainError.notFound }
        return record.domain
    }

    /// Adds a department, or renames / (de)activates one.
    @discardableResult
    public func save(department id: Department.ID?, name: String, isActive: Bool, school: School.ID,
                     context: AuditContext) async throws -> Department {
        try Self.checkConfigures(school, context.actor)
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty || name.count > 60 {
            throw DomainError.invalid(field: "name", message: Message(zh: "请填写部门名称（不超过60字）", en: "Give the department a name (at most 60 characters)"))
        }
        let record = if let id { try await existing(DepartmentRecord.self, id.rawValue, school: school) } else { DepartmentRecord() }
        if record.id == nil { record.id = UUID(); record.schoolID = school.rawValue }
        try await checkUnique(DepartmentRecord.self, name: name, except: record.id, school: school)
        record.name = name; record.isActive = isActive
        try await database.writing { tx in
            try await record.save(on: tx)
            try await audit.append(context.event(.departmentSaved, target: "department:\(record.id!)", school: school,
                                                 detail: "\(name) active=\(isActive)"), on: tx)
        }
        return record.domain
    }

    @discardableResult
    public func save(category id: TicketCategory.ID?, name: String, department: Department.ID, timeLimitDays: Int,
                     isActive: Bool, school: School.ID, context: AuditContext) async throws -> TicketCategory {
        try Self.checkConfigures(school, context.actor)
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        try TicketCategory.validate(name: name, timeLimitDays: timeLimitDays)
        do { _ = try await self.department(department, school: school) } catch DomainError.notFound {
            throw DomainError.invalid(field: "department", message: Message(zh: "请选择负责部门", en: "Choose the responsible department"))
        }
        let record = if let id { try await existing(TicketCategoryRecord.self, id.rawValue, school: school) } else { TicketCategoryRecord() }
        if record.id == nil { record.id = UUID(); record.schoolID = school.rawValue }
        try await checkUnique(TicketCategoryRecord.self, name: name, except: record.id, school: school)
        record.name = name; record.departmentID = department.rawValue; record.timeLimitDays = timeLimitDays; record.isActive = isActive
        try await database.writing { tx in
            try await record.save(on: tx)
            try await audit.append(context.event(.ticketCategorySaved, target: "ticket_category:\(record.id!)", school: school,
                                                 detail: "\(name) \(timeLimitDays)d active=\(isActive)"), on: tx)
        }
        return record.domain
    }

    /// The people holding `roles` at a department (its responders, its leaders), for notices.
    func staff(of department: Department.ID, roles: [Role], on db: any Database) async throws -> [Person.ID] {
        try await (db as! any SQLDatabase).select().distinct().column(SQLColumn("person_id", table: "accounts"))
            .from("role_assignments").join("accounts", on: SQLColumn("id", table: "accounts"), .equal, SQLColumn("account_id", table: "role_assignments"))
            .where(SQLColumn("department_id", table: "role_assignments"), .equal, SQLBind(department.rawValue))
            .where(SQLColumn("role", table: "role_assignments"), .in, SQLBind.group(roles.map(\.rawValue)))
            .where(SQLColumn("person_id", table: "accounts"), .isNot, SQLLiteral.null)
            .all(decoding: PersonRow.self).map { .init($0.person_id) }
    }

    /// The school's supervisors (督办), for the last escalation.
    func supervisors(of school: School.ID, on db: any Database) async throws -> [Person.ID] {
        try await (db as! any SQLDatabase).select().distinct().column(SQLColumn("person_id", table: "accounts"))
            .from("role_assignments").join("accounts", on: SQLColumn("id", table: "accounts"), .equal, SQLColumn("account_id", table: "role_assignments"))
            .where(SQLColumn("school_id", table: "role_assignments"), .equal, SQLBind(school.rawValue))
            .where(SQLColumn("role", table: "role_assignments"), .equal, SQLBind(Role.supervisor.rawValue))
            .where(SQLColumn("person_id", table: "accounts"), .isNot, SQLLiteral.null)
            .all(decoding: PersonRow.self).map { .init($0.person_id) }
    }

    struct PersonRow: Decodable { var person_id: UUID }

    static func checkConfigures(_ school: School.ID, _ actor: Actor) throws {
        guard actor.may(.configureTickets), actor.scope.reachesAllTickets, actor.scope.includes(school: school) else {
            throw DomainError.forbidden
        }
    }

    private func existing<M: Model>(_ type: M.Type, _ id: UUID, school: School.ID) async throws -> M where M.IDValue == UUID {
        guard let record = try await M.query(on: database).filter(\._$id == id)
            .filter(.path(["school_id"], schema: M.schema), .equal, .bind(school.rawValue)).first() else { throw DomainError.notFound }
        return record
    }

    private func checkUnique<M: Model>(_ type: M.Type, name: String, except id: UUID?, school: School.ID) async throws where M.IDValue == UUID {
        let clash = try await M.query(on: database).filter(.path(["school_id"], schema: M.schema), .equal, .bind(school.rawValue))
            .filter(.path(["name"], schema: M.schema), .equal, .bind(name)).all()
        if clash.contains(where: { $0.id != id }) {
            throw DomainError.invalid(field: "name", message: Message(zh: "名称“\(name)”已被使用", en: "The name “\(name)” is already taken"))
        }
    }
}

extension DepartmentStore {
    /// The responders and leaders of a department with their names, for a leader handing out tickets.
    public func staffNames(of department: Department.ID) async throws -> [(id: Person.ID, name: String)] {
        let ids = try await staff(of: department, roles: [.responder, .departmentLeader], on: database)
        let names = try await TicketStore(database: database, audit: audit).personNames(Set(ids))
        return ids.compactMap { id in names[id].map { (id, $0) } }.sorted { $0.name < $1.name }
    }
}
