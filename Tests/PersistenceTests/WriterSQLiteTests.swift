import Foundation
import Testing
@testable import Persistence

/// The writer's plain SQLite calls read back what they bind, and read UUIDs as either engine path stored them.
@Suite struct WriterSQLiteTests {
    @Test func valuesRoundTrip_andUUIDsAreReadAsTextOrBytes() throws {
        let path = NSTemporaryDirectory() + "writer-\(UUID().uuidString).sqlite"
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let sqlite = try WriterSQLite(path: path)
        defer { sqlite.close() }
        try sqlite.execute("CREATE TABLE t (id UUID, raw BLOB, name TEXT, n INTEGER, flag INTEGER, at REAL, empty TEXT)")
        let id = UUID(), at = Date(timeIntervalSince1970: 1_795_000_000.123456)
        // MUT
        try sqlite.transaction {
            let insert = try sqlite.statement("INSERT INTO t VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
            try insert.bind([.uuid(id), .null, .text("支部"), .integer(42), .bool(true), .date(at), .optional(nil)])
            try insert.run()
            try sqlite.execute("UPDATE t SET raw = x'\(id.uuidString.replacingOccurrences(of: "-", with: ""))'")
        }
        // validate
        let read = try sqlite.statement("SELECT id, raw, name, n, flag, at, empty, typeof(id) FROM t")
        try read.bind([])
        #expect(try read.step())
        #expect(read.uuid(0) == id && read.uuid(1) == id && read.text(7) == "text")
        #expect(read.text(2) == "支部" && read.int(3) == 42 && read.bool(4) && read.isNull(6) && read.uuid(6) == nil)
        #expect(abs(read.date(5).timeIntervalSince(at)) < 1e-6)
        #expect(try !read.step())
    }

    @Test func failedTransaction_leavesNothing_andTheConnectionGoesOn() throws {
        let path = NSTemporaryDirectory() + "writer-\(UUID().uuidString).sqlite"
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let sqlite = try WriterSQLite(path: path)
        defer { sqlite.close() }
        try sqlite.execute("CREATE TABLE t (k TEXT UNIQUE)")
        // MUT: the second insert breaks the unique rule
        #expect(throws: WriterSQLiteError.self) {
            try sqlite.transaction {
                try sqlite.execute("INSERT INTO t VALUES ('a')")
                try sqlite.execute("INSERT INTO t VALUES ('a')")
            }
        }
        // validate
        try sqlite.transaction { try sqlite.execute("INSERT INTO t VALUES ('b')") }
        let count = try sqlite.statement("SELECT count(*), min(k) FROM t")
        try count.bind([])
        #expect(try count.step() && count.int(0) == 1 && count.text(1) == "b")
    }

    /// The writer's own connection never copies the WAL into the database; the second connection's passive
    /// checkpoint does.
    @Test func writersConnection_leavesTheWAL_toTheCheckpointer() throws {
        let path = NSTemporaryDirectory() + "writer-\(UUID().uuidString).sqlite"
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let writer = try WriterSQLite(path: path, checkpoints: false)
        defer { writer.close() }
        try writer.execute("PRAGMA journal_mode=WAL")
        try writer.execute("CREATE TABLE t (k BLOB)")
        func databaseBytes() throws -> Int { try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0 }
        // MUT: about 1,500 pages, past the 1,000 at which SQLite would checkpoint on commit by itself
        try writer.transaction {
            let insert = try writer.statement("INSERT INTO t VALUES (randomblob(4000))")
            for _ in 0..<1_500 { try insert.bind([]); try insert.run() }
        }
        let beforeCheckpoint = try databaseBytes()
        let checkpointer = try WriterSQLite(path: path)
        defer { checkpointer.close() }
        try checkpointer.checkpoint()
        // validate
        #expect(beforeCheckpoint < 1_000_000, "the rows are still only in the WAL")
        #expect(try databaseBytes() > 6_000_000, "the checkpoint copied them into the database")
        let count = try writer.statement("SELECT count(*) FROM t")
        try count.bind([])
        #expect(try count.step() && count.int(0) == 1_500)
    }
}
