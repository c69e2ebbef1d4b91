extension Stores {
    public var jobs: JobStore { JobStore(database: database) }
    public var outbox: OutboxStore { OutboxStore(database: database, keyring: keyring) }
    public var robotWebhooks: RobotWebhookStore { RobotWebhookStore(database: database, keyring: keyring, audit: audit) }
}
