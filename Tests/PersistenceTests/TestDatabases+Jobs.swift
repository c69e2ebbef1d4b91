import Domain
import FluentKit
import Foundation
import NIOCore
import NIOPosix
import Persistence

extension TestDatabases {
    /// Every migration with the jobs-and-outbox batch, whether or not `Migrations.all` has taken it in yet.
    func migrateWithJobs() async throws {
        let known = Set(Persistence.Migrations.all.map(\.name))
        let migrations = FluentKit.Migrations()
        migrations.add(Persistence.Migrations.all + Persistence.Migrations.jobsAndOutbox.filter { !known.contains($0.name) })
        let migrator = Migrator(databases: databases, migrations: migrations, logger: TestDatabases.logger,
                                on: MultiThreadedEventLoopGroup.singleton.any())
        try await migrator.setupIfNeeded().get()
        try await migrator.prepareBatch().get()
    }

    /// Stores on `count` handles spread over the event loops, each with its own connection pool:
    /// on PostgreSQL they stand for several app servers sharing one database.
    func servers(_ count: Int, clock: Clock = .live) -> [Stores] {
        let loops = Array(MultiThreadedEventLoopGroup.singleton.makeIterator())
        return (0..<count).map { index in
            Stores(database: databases.database(logger: TestDatabases.logger, on: loops[index % loops.count])!,
                   keyring: Keyring(masterKey: Data(repeating: 1, count: 32)), clock: clock)
        }
    }
}
