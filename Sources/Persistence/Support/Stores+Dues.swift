import Domain

extension Stores {
    public var dues: DuesStore { DuesStore(database: database, audit: audit) }
}
