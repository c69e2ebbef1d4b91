import FluentKit
import Foundation

final class AccountRecord: Model, @unchecked Sendable {
    static let schema = "accounts"
    @ID(key: .id) var id: UUID?
    @OptionalField(key: "school_id") var schoolID: UUID?
    @OptionalField(key: "person_id") var personID: UUID?
    @Field(key: "login") var login: String
    @Field(key: "display_name") var displayName: String
    @Field(key: "password_hash") var passwordHash: String
    @Field(key: "must_change_password") var mustChangePassword: Bool
    @Field(key: "is_demo") var isDemo: Bool
    @Field(key: "failed_logins") var failedLogins: Int
    @OptionalField(key: "locked_until") var lockedUntil: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}

final class RoleAssignmentRecord: Model, @unchecked Sendable {
    static let schema = "role_assignments"
    @ID(key: .id) var id: UUID?
    @Field(key: "account_id") var accountID: UUID
    @Field(key: "role") var role: String
    @OptionalField(key: "school_id") var schoolID: UUID?
    @OptionalField(key: "organization_id") var organizationID: UUID?
    @OptionalField(key: "grid_unit_id") var gridUnitID: UUID?
    @OptionalField(key: "department_id") var departmentID: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}

final class SessionRecord: Model, @unchecked Sendable {
    static let schema = "sessions"
    @ID(key: .id) var id: UUID?
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "account_id") var accountID: UUID
    @Field(key: "csrf_token") var csrfToken: String
    @Field(key: "kind") var kind: String
    @Field(key: "last_seen_at") var lastSeenAt: Date
    @Timestamp(key: "created_at", on: .none) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}
