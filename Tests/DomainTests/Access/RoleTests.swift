@testable import Domain
import Testing

extension RuleTests {
    @Suite struct RoleTests {
        @Test func isSeparatedAdministration_exactlyTheThreeAdmins() {
            #expect(Role.allCases.filter(\.isSeparatedAdministration) == [.systemAdmin, .securityAdmin, .auditAdmin])
        }

        @Test(arguments: [[Role.systemAdmin, .securityAdmin], [.systemAdmin, .auditAdmin], [.securityAdmin, .auditAdmin],
                          [.systemAdmin, .securityAdmin, .auditAdmin], [.auditAdmin, .student, .systemAdmin]])
        func checkSeparation_twoAdministrations_refused(_ roles: [Role]) {
            let error = #expect(throws: DomainError.self) { try Role.checkSeparation(roles) }
            #expect(error?.invalidField == "role")
            #expect(error?.invalidMessage?.zh.hasPrefix("三权分立") == true)
        }

        @Test(arguments: [[Role](), [.systemAdmin], [.auditAdmin, .auditAdmin], [.securityAdmin, .partyMember],
                          [.organizationAdmin, .branchSecretary, .counselor, .partyMember]])
        func checkSeparation_atMostOneAdministration_accepted(_ roles: [Role]) throws {
            try Role.checkSeparation(roles)
        }

        /// Raw values are stored in the database: renaming one is a migration.
        @Test func rawValues_snakeCase() {
            #expect(Role.allCases.map(\.rawValue) == ["system_admin", "security_admin", "audit_admin", "organization_admin",
                                                      "branch_secretary", "counselor", "class_monitor", "party_member",
                                                      "student", "responder", "department_leader", "supervisor"])
        }
    }
}
