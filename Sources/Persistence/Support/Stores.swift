import Domain
import FluentKit
import Foundation

/// The entry point of Persistence: one database, the deployment's keys and the clock.
/// Each store method takes the actor's Scope (reads) or AuditContext (writes).
public struct Stores: Sendable {
    public let database: any Database
    public let keyring: Keyring
    public let clock: Clock

    public init(database: any Database, keyring: Keyring, clock: Clock) {
        self.database = database; self.keyring = keyring; self.clock = clock
    }

    public var organizations: OrganizationStore { OrganizationStore(database: database, audit: audit) }
    public var grid: GridStore { GridStore(database: database) }
    public var people: PeopleStore { PeopleStore(database: database, keyring: keyring, audit: audit) }
    public var accounts: AccountStore { AccountStore(database: database, audit: audit, clock: clock) }
    public var sessions: SessionStore { SessionStore(database: database, clock: clock) }
    public var audit: AuditLog { AuditLog(keyring: keyring) }
    public var auditTrail: AuditTrail { AuditTrail(database: database) }
    public var imports: ImportStore { ImportStore(database: database) }
    public var schools: SchoolStore { SchoolStore(database: database) }
}
