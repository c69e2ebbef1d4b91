extension Stores {
    public var points: PointsStore { PointsStore(database: database, audit: audit) }
}
