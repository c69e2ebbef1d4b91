extension Stores {
    public var pledges: PledgeStore { PledgeStore(database: database, audit: audit) }
}
