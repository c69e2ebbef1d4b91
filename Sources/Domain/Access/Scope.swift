import Foundation
import Tagged

/// What an actor may see, as a value. Persistence turns it into SQL predicates on every query;
/// there is no query without one. An out-of-scope record is answered exactly like a missing one.
public struct Scope: Equatable, Sendable {
    public enum Schools: Equatable, Sendable {
        /// A scope above schools (a provincial committee), or the system's own jobs.
        case all
        case only(Set<School.ID>)
    }

    public enum Grant: Equatable, Sendable {
        case everything
        case organizations([TreePath])
        case grid([TreePath])
        case person(Person.ID)
        /// The tickets of these departments (responders and leaders).
        case departments([Department.ID])
        /// Every ticket of the scope's schools (the supervisor); no other record.
        case allTickets
    }

    public var schools: Schools
    public var grants: [Grant]

    public init(schools: Schools, grants: [Grant]) { self.schools = schools; self.grants = grants }

    /// For scheduled jobs and CLI commands that act for the system, said explicitly.
    public static let system = Scope(schools: .all, grants: [.everything])
    public static let nothing = Scope(schools: .only([]), grants: [])

    public var isEverything: Bool { grants.contains(.everything) }
    public var organizationPaths: [TreePath] {
        grants.flatMap { grant -> [TreePath] in if case .organizations(let paths) = grant { return paths } else { return [] } }
    }
    public var gridPaths: [TreePath] {
        grants.flatMap { grant -> [TreePath] in if case .grid(let paths) = grant { return paths } else { return [] } }
    }
    public var personIDs: [Person.ID] {
        grants.compactMap { grant -> Person.ID? in if case .person(let id) = grant { return id } else { return nil } }
    }

    public var departmentIDs: [Department.ID] {
        grants.flatMap { grant -> [Department.ID] in if case .departments(let ids) = grant { return ids } else { return [] } }
    }
    /// Reaches every ticket of its schools.
    public var reachesAllTickets: Bool { isEverything || grants.contains(.allTickets) }

    public func includes(school: School.ID) -> Bool {
        switch schools {
        case .all: true
        case .only(let ids): ids.contains(school)
        }
    }

    /// Does the scope reach an organisation at this path?
    public func includes(organizationPath path: TreePath) -> Bool {
        isEverything || organizationPaths.contains { $0.contains(path) }
    }

    public func includes(gridPath path: TreePath) -> Bool {
        isEverything || gridPaths.contains { $0.contains(path) }
    }

    /// Derives the scope of an account from its resolved role assignments.
    public static func of(personID: Person.ID?, schoolID: School.ID? = nil, assignments: [ResolvedAssignment]) -> Scope {
        var grants: [Grant] = []
        var schools = Set<School.ID>(schoolID.map { [$0] } ?? [])
        var aboveSchools = false
        for assignment in assignments {
            if let school = assignment.schoolID { schools.insert(school) } else { aboveSchools = true }
            grants += grantsOf(assignment, personID: personID)
        }
        // Everyone sees their own record, whatever their roles reach.
        if let personID, !grants.contains(.person(personID)) { grants.append(.person(personID)) }
        return Scope(schools: aboveSchools ? .all : .only(schools), grants: grants)
    }

    private static func grantsOf(_ a: ResolvedAssignment, personID: Person.ID?) -> [Grant] {
        switch a.role {
        case .systemAdmin, .securityAdmin, .auditAdmin:
            return [.everything]
        case .organizationAdmin, .branchSecretary:
            if a.isSchoolRoot { return [.everything] }
            // An assignment whose place is gone reaches nothing, never everything.
            guard let path = a.organizationPath else { return [] }
            var grants: [Grant] = [.organizations([path])]
            if let grid = a.gridPath { grants.append(.grid([grid])) }
            return grants
        case .counselor, .classMonitor:
            return a.gridPath.map { [.grid([$0])] } ?? []
        case .partyMember, .student:
            return personID.map { [.person($0)] } ?? []
        case .responder, .departmentLeader:
            return a.departmentID.map { [.departments([$0])] } ?? []
        case .supervisor:
            return [.allTickets]
        }
    }
}
