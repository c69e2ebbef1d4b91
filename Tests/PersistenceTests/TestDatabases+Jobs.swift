import Domain
import FluentKit
import Foundation
import NIOCore
import NIOPosix
import Persistence

extension TestDatabases {
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
