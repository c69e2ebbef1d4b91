import Domain
import FluentKit
import Foundation

public struct AccountStore: Sendable {
    let database: any Database
    let audit: AuditLog
    let clock: Clock

    /// What a login attempt came to. Unknown account and wrong password give the same answer.
    public enum LoginOutcome: Sendable, Equatable {
        case success(Actor.AccountID, mustChangePassword: Bool)
        case refused
        case locked
    }

    public func login(_ login: String, password: String, hasher: any PasswordHasher, address: String,
                      demoMode: Bool) async throws -> LoginOutcome {
        let now = clock.now()
        guard let account = try await AccountRecord.query(on: database).filter(\.$login == login).first() else {
            _ = try? hasher.verify(password, against: AccountStore.decoyHash)  // same cost as a real check
            try await record(.loginFailed, login: login, school: nil, address: address, result: .failure)
            return .refused
        }
        let policy = LockoutPolicy()
        let state = LockoutPolicy.State(failures: account.failedLogins, lockedUntil: account.lockedUntil)
        if state.isLocked(at: now) {
            try await record(.loginFailed, login: login, school: account.schoolID, address: address, result: .failure, detail: "locked")
            return .locked
        }
        guard try hasher.verify(password, against: account.passwordHash) else {
            return try await fail(account, state: policy.afterFailure(state, now: now), address: address)
        }
        account.failedLogins = 0; account.lockedUntil = nil
        try await database.writing { tx in
            try await account.update(on: tx)
            try await audit.append(event(.loginSucceeded, login: login, school: account.schoolID, address: address), on: tx)
        }
        return .success(.init(account.id!), mustChangePassword: account.mustChangePassword && !(demoMode && account.isDemo))
    }

    private func fail(_ account: AccountRecord, state: LockoutPolicy.State, address: String) async throws -> LoginOutcome {
        account.failedLogins = state.failures; account.lockedUntil = state.lockedUntil
        let lockedNow = state.isLocked(at: clock.now())
        try await database.writing { tx in
            try await account.update(on: tx)
            try await audit.append(event(.loginFailed, login: account.login, school: account.schoolID, address: address,
                                         result: .failure), on: tx)
            if lockedNow {
                try await audit.append(event(.accountLocked, login: account.login, school: account.schoolID, address: address), on: tx)
            }
        }
        return lockedNow ? .locked : .refused
    }

    func event(_ action: AuditAction, login: String, school: UUID?, address: String,
               result: AuditEvent.Result = .success, detail: String = "") -> AuditEvent {
        AuditEvent(schoolID: school.map { .init($0) }, at: clock.now(), actorLogin: login, action: action,
                   target: "account:\(login)", result: result, address: address, detail: detail)
    }

    func record(_ action: AuditAction, login: String, school: UUID?, address: String,
                result: AuditEvent.Result = .success, detail: String = "") async throws {
        try await audit.record(event(action, login: login, school: school, address: address, result: result, detail: detail), on: database)
    }

    /// A valid bcrypt hash of a random password, checked against when the account is unknown.
    static let decoyHash = "$2b$12$C6UzMDM.H6dfI/f/IKcEeO5v8Q9Zg0qM3Jk0eWm6v0QzYjXh1w2rW"
}

extension AccountStore {
    public func recordLogout(_ actor: Actor, address: String) async throws {
        try await record(.logout, login: actor.login, school: actor.schoolID?.rawValue, address: address)
    }
}
