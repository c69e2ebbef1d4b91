import Domain

/// `GET /api/v1/tickets/stats`, mirroring TicketStatisticsDTO field by field.
extension OpenAPIDocument {
    static let ticketStatisticsSpecs: [String: OperationSpec] = [
        "GET api/v1/tickets/stats": OperationSpec(
            summary: "Ticket statistics per department for the tickets submitted in a period, with their total "
                + "(only the departments the caller reaches: a leader their department, the supervisor the whole school)",
            query: [Parameter.query("from", JSONSchema.date, "First day of submission, school time zone (default: 1 January of the end's year)"),
                    Parameter.query("to", JSONSchema.date, "Last day of submission, inclusive (default: today)")],
            response: JSONSchema.ref("TicketStatistics"),
            errors: [422]),
    ]

    static var ticketStatisticsSchemas: [String: JSONValue] {
        let s = JSONSchema.self
        let counts = ["received", "answeredOnSpot", "answered", "answeredOnTime", "overdue", "open", "rated"]
        var figures: [String: JSONValue] = Dictionary(uniqueKeysWithValues: counts.map { ($0, s.integer(minimum: 0)) })
        figures["averageHoursToAnswer"] = s.number("Mean hours from submission to answer, one decimal; absent when nothing was answered")
        figures["satisfaction"] = s.number("Mean rating (1-5 stars), one decimal; absent when nothing was rated")
        let line = figures.merging(["departmentId": s.uuid, "name": s.string(format: nil)]) { a, _ in a }
        return [
            "TicketStatistics": s.object("Ticket figures of a period: overdue means answered late or still unanswered past the deadline now",
                                         required: ["from", "to", "departments", "total"], [
                "from": s.date, "to": s.date,
                "departments": s.array(s.object("One department's figures", required: ["departmentId", "name"] + counts, line)),
                "total": s.object("All the departments listed, added up", required: counts, figures),
            ]),
        ]
    }
}

private extension JSONSchema {
    static func number(_ description: String) -> JSONValue { ["type": "number", "description": .string(description)] }
}
