/// One department's figures for a period (tickets submitted in it), as the statistics page and export show them.
public struct TicketStatistics: Equatable, Sendable {
    public var departmentID: Department.ID
    public var received: Int
    public var answered: Int
    public var answeredOnSpot: Int
    public var answeredOnTime: Int
    /// Answered late, or still unanswered past the deadline.
    public var overdue: Int
    public var open: Int
    /// Total seconds from submission to answer over the answered tickets.
    public var secondsToAnswer: Double
    public var rated: Int
    public var ratingSum: Int

    public init(departmentID: Department.ID, received: Int = 0, answered: Int = 0, answeredOnSpot: Int = 0, answeredOnTime: Int = 0,
                overdue: Int = 0, open: Int = 0, secondsToAnswer: Double = 0, rated: Int = 0, ratingSum: Int = 0) {
        self.departmentID = departmentID; self.received = received; self.answered = answered
        self.answeredOnSpot = answeredOnSpot; self.answeredOnTime = answeredOnTime; self.overdue = overdue; self.open = open
        self.secondsToAnswer = secondsToAnswer; self.rated = rated; self.ratingSum = ratingSum
    }

    /// Share of answered tickets answered in time, in per mille (integers all the way to the page).
    public var onTimeRate: Int? { answered == 0 ? nil : answeredOnTime * 1000 / answered }
    /// Mean hours from submission to answer.
    public var averageHoursToAnswer: Double? { answered == 0 ? nil : secondsToAnswer / Double(answered) / 3600 }
    /// Mean stars, to one decimal, times ten (e.g. 46 = 4.6).
    public var satisfactionTenths: Int? { rated == 0 ? nil : (ratingSum * 10 + rated / 2) / rated }

    /// The school's line: every department added up.
    public static func total(_ rows: [TicketStatistics], id: Department.ID) -> TicketStatistics {
        rows.reduce(into: TicketStatistics(departmentID: id)) { t, r in
            t.received += r.received; t.answered += r.answered; t.answeredOnSpot += r.answeredOnSpot
            t.answeredOnTime += r.answeredOnTime; t.overdue += r.overdue; t.open += r.open
            t.secondsToAnswer += r.secondsToAnswer; t.rated += r.rated; t.ratingSum += r.ratingSum
        }
    }
}
