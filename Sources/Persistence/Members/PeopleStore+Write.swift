import Domain
import FluentKit
import Foundation

extension PeopleStore {
    public func create(_ draft: PersonDraft, in school: School.ID, context: AuditContext) async throws -> Person {
        let draft = try draft.validated()
        let places = try await resolvePlaces(draft, previous: nil, scope: context.actor.scope)
        try requireReachable(places, scope: context.actor.scope)
        try await requireUnique(draft.number, in: school, except: nil)
        let record = PersonRecord()
        record.id = UUID(); record.schoolID = school.rawValue
        try record.apply(draft, places: places, keyring: keyring)
        try await database.writing { tx in
            try await record.create(on: tx)
            try await audit.append(context.event(.personCreated, target: "person:\(record.id!)", school: school), on: tx)
        }
        return record.domain()
    }

    public func update(_ id: Person.ID, with draft: PersonDraft, context: AuditContext) async throws -> Person {
        let record = try await record(id, scope: context.actor.scope)
        let draft = try draft.validated()
        let places = try await resolvePlaces(draft, previous: record, scope: context.actor.scope)
        try await requireUnique(draft.number, in: .init(record.schoolID), except: id)
        let before = record.domain()
        try record.apply(draft, places: places, keyring: keyring)
        let changed = PersonChanges.fields(before, record.domain())
        try await database.writing { tx in
            try await record.update(on: tx)
            try await audit.append(context.event(.personUpdated, target: "person:\(id.rawValue)",
                                                 school: .init(record.schoolID), detail: changed.joined(separator: ",")), on: tx)
        }
        return try await find(id, scope: context.actor.scope)
    }

    /// A place must be in the actor's scope unless it is the one the person already had.
    func resolvePlaces(_ draft: PersonDraft, previous: PersonRecord?, scope: Scope) async throws -> PersonPlaces {
        let organizations = OrganizationStore(database: database, audit: audit), grid = GridStore(database: database)
        var places = PersonPlaces()
        if let id = draft.organizationID {
            places.organization = id.rawValue == previous?.organizationID
                ? try await organizations.find(id, scope: .system) : try await organizations.find(id, scope: scope)
        }
        if let id = draft.classID {
            places.schoolClass = id.rawValue == previous?.classID
                ? try await grid.find(id, scope: .system) : try await grid.find(id, scope: scope)
            guard places.schoolClass?.kind == .schoolClass else { throw DomainError.notFound }
        }
        if let id = draft.dormID {
            let dorm = id.rawValue == previous?.dormID ? try await grid.find(id, scope: .system) : try await grid.find(id, scope: scope)
            guard dorm.kind == .dorm else { throw DomainError.notFound }
            places.dorm = dorm
        }
        return places
    }

    /// A new person must land somewhere the actor can see, or it would vanish from their lists at once.
    func requireReachable(_ places: PersonPlaces, scope: Scope) throws {
        if scope.isEverything { return }
        let reachable = places.organization.map { scope.includes(organizationPath: $0.path) } == true
            || places.schoolClass.map { scope.includes(gridPath: $0.path) } == true
        if !reachable {
            throw DomainError.invalid(field: "organizationID", message: Message(
                zh: "请选择您管理范围内的党组织或班级", en: "Choose an organisation or class within your scope"))
        }
    }

    func requireUnique(_ number: String, in school: School.ID, except id: Person.ID?) async throws {
        let query = PersonRecord.query(on: database).filter(\.$schoolID == school.rawValue).filter(\.$number == number)
        if let id { query.filter(\.$id != id.rawValue) }
        if try await query.count() > 0 {
            throw DomainError.conflict(Message(zh: "学工号 \(number) 已存在", en: "The number \(number) already exists"))
        }
    }
}

/// Names the fields an edit changed, for the audit detail (names only: no personal values in the trail).
enum PersonChanges {
    static func fields(_ a: Person, _ b: Person) -> [String] {
        var changed: [String] = []
        func check(_ name: String, _ same: Bool) { if !same { changed.append(name) } }
        check("number", a.number == b.number); check("name", a.name == b.name); check("gender", a.gender == b.gender)
        check("kind", a.kind == b.kind); check("politicalStatus", a.politicalStatus == b.politicalStatus)
        check("idNumber", a.idNumberMasked == b.idNumberMasked); check("phone", a.phoneMasked == b.phoneMasked)
        check("organization", a.organizationID == b.organizationID); check("class", a.classID == b.classID)
        check("dorm", a.dormID == b.dormID); check("stages", a.stages == b.stages)
        check("committeeRole", a.committeeRole == b.committeeRole); check("isDualLeader", a.isDualLeader == b.isDualLeader)
        check("birthDate", a.birthDate == b.birthDate); check("ethnicity", a.ethnicity == b.ethnicity)
        return changed
    }
}
