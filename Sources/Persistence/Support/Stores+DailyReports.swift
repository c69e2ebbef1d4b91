extension Stores {
    public var reportForms: ReportFormStore { ReportFormStore(database: database, audit: audit) }
    public var healthConsents: HealthConsentStore { HealthConsentStore(database: database, audit: audit) }
    public var dailyReports: DailyReportStore { DailyReportStore(database: database, audit: audit) }
    public var leaves: LeaveStore { LeaveStore(database: database, audit: audit) }
    public var watches: WatchStore { WatchStore(database: database, audit: audit) }
}
