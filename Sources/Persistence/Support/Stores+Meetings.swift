import Domain

extension Stores {
    public var meetings: MeetingStore { MeetingStore(database: database, keyring: keyring, audit: audit) }
    public var meetingRules: MeetingRulesStore { MeetingRulesStore(database: database, audit: audit) }
    public var compliance: ComplianceStore { ComplianceStore(database: database, audit: audit) }
    public var notices: NoticeStore { NoticeStore(database: database, audit: audit) }
}
