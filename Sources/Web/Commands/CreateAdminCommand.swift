import Domain
import Fluent
import Foundation
import Persistence
import Vapor

/// `zhibu create-admin LOGIN --role ROLE [--school CODE]`: an account that must change its password at first login.
struct CreateAdminCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "login") var login: String
        @Option(name: "role", help: "system_admin, security_admin, audit_admin or organization_admin") var role: String?
        @Option(name: "school", help: "Code of the school (default: the only one)") var school: String?
        @Option(name: "password", help: "Initial password (default: generated and printed)") var password: String?
    }

    var help: String { "Creates an administrator account" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        guard let role = Role(rawValue: signature.role ?? "system_admin") else { throw Abort(.badRequest, reason: "unknown role") }
        let schools = try await app.stores.schools.all()
        guard let school = signature.school.map({ code in schools.first { $0.code == code } }) ?? schools.first else {
            throw Abort(.notFound, reason: "no such school; create one with `zhibu demo` or an import first")
        }
        let password = signature.password ?? randomToken()
        let audit = AuditContext(actor: .system, address: "cli", now: app.zhibu.clock.now())
        let id = try await app.stores.accounts.create(login: signature.login, displayName: signature.login, password: password,
                                                      school: school.id, person: nil, hasher: app.zhibu.hasher, context: audit)
        var root: Organization.ID?
        if role == .organizationAdmin {
            root = try await app.stores.organizations.list(scope: .system).first { $0.schoolID == school.id && $0.parentID == nil }?.id
        }
        try await app.stores.accounts.assign(RoleAssignment(id: .init(UUID()), role: role, schoolID: school.id, organizationID: root),
                                             to: id, context: audit)
        context.console.print("Created \(signature.login) (\(role.rawValue)) in \(school.name). Initial password: \(password)")
        context.console.print("The password must be changed at first login.")
    }
}
