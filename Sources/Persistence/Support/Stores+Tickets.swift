extension Stores {
    public var departments: DepartmentStore { DepartmentStore(database: database, audit: audit) }
    public var calendar: CalendarStore { CalendarStore(database: database, audit: audit) }
    public var tickets: TicketStore { TicketStore(database: database, audit: audit) }
    public var briefings: BriefingStore { BriefingStore(database: database, audit: audit) }
}
