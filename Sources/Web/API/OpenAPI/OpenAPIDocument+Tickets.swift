import Domain

/// The demand tracker's operations and bodies, mirroring API+TicketsController.swift and TicketDTOs.swift.
extension OpenAPIDocument {
    private typealias Q = Parameter
    private static func ref(_ name: String) -> JSONValue { JSONSchema.ref(name) }

    static let ticketSpecs: [String: OperationSpec] = [
        "GET api/v1/tickets": OperationSpec(
            summary: "Tickets in scope (a requester's own, a department's, the school's for the supervisor), newest first",
            query: [Q.query("status", JSONSchema.codes(TicketStatus.self), "Only this status"),
                    Q.query("department", JSONSchema.uuid, "Only this department's"),
                    Q.query("mine", JSONSchema.boolean, "Only those the caller raised"),
                    Q.query("assigned", JSONSchema.boolean, "Only those accepted by the caller"),
                    Q.query("overdue", JSONSchema.boolean, "Only unanswered tickets past their deadline"),
                    Q.query("escalated", JSONSchema.boolean, "Only tickets escalated to a leader or the supervisor"),
                    Q.query("q", JSONSchema.string(), "Words in the title or text"),
                    Q.query("page", JSONSchema.integer(minimum: 1), "Page number, from 1"),
                    Q.query("pageSize", JSONSchema.integer(minimum: 1, maximum: 500), "Items per page (50)")],
            response: ref("TicketPage")),
        "POST api/v1/tickets": OperationSpec(
            summary: "Raise a ticket. With an Idempotency-Key, a repeated request stores one ticket and answers it again",
            query: [Parameter(name: "Idempotency-Key", location: "header", required: false,
                              description: "Up to 100 printable ASCII characters, unique per requester", schema: JSONSchema.string())],
            body: ref("TicketRequest"), status: 201, response: ref("TicketDetail")),
        "GET api/v1/tickets/:id": OperationSpec(summary: "One ticket with its history and the caller's possible actions",
                                                response: ref("TicketDetail")),
        "POST api/v1/tickets/:id/events": OperationSpec(
            summary: "Act on a ticket: accept, answer, transfer (clock kept), request-info (clock paused), provide-info, confirm, reopen, rate, merge",
            body: ref("TicketEvent"), response: ref("TicketDetail"), errors: [409]),
        "GET api/v1/briefings": OperationSpec(summary: "The school's 工作通报面对面 briefings, newest first",
                                              response: JSONSchema.array(ref("Briefing"))),
        "POST api/v1/briefings": OperationSpec(summary: "Record a briefing", body: ref("BriefingRequest"), status: 201,
                                               response: ref("Briefing")),
        "GET api/v1/briefings/:id": OperationSpec(summary: "One briefing with its questions (anonymised) and their status",
                                                  response: ref("Briefing")),
    ]

    static var ticketSchemas: [String: JSONValue] {
        let s = JSONSchema.self
        let text = s.string(format: nil)
        let representative = s.object("A representative", required: ["name", "kind"], [
            "name": text, "kind": s.codes(Briefing.Representative.Kind.self), "collegeId": s.uuid])
        let report = s.object("A department's report", required: ["departmentId", "summary"], ["departmentId": s.uuid, "summary": text])
        return [
            "Ticket": s.object("A ticket; the requester only by name and only where the caller may know it",
                               required: ["id", "number", "categoryId", "departmentId", "status", "title", "body", "dueOn", "escalation"], [
                "id": s.uuid, "number": s.integer, "categoryId": s.uuid, "departmentId": s.uuid,
                "status": s.codes(TicketStatus.self), "channel": s.codes(TicketChannel.self), "visitPlace": s.codes(VisitPlace.self),
                "briefingId": s.uuid, "title": text, "body": text, "anonymous": s.boolean, "publishable": s.boolean,
                "mine": s.boolean, "requesterName": text, "assigneeId": s.uuid, "submittedAt": s.dateTime,
                "timeLimitDays": s.integer, "dueOn": s.date, "dueAt": s.dateTime, "overdue": s.boolean,
                "escalation": ["type": "string", "enum": .array(TicketDTO.escalationCodes.map { .string($0) })],
                "pausedDays": s.integer, "answer": text, "answeredAt": s.dateTime, "answeredOnSpot": s.boolean,
                "answeredOnTime": s.boolean, "confirmedAt": s.dateTime, "autoConfirmed": s.boolean,
                "rating": s.integer(minimum: 1, maximum: 5), "ratingComment": text, "reopenCount": s.integer, "mergedInto": s.uuid,
            ]),
            "TicketDetail": s.object("A ticket, its history and the actions the caller may try", required: ["ticket", "events", "photos", "actions"], [
                "ticket": ref("Ticket"),
                "events": s.array(s.object("One line of the history", required: ["kind", "at", "by", "note"], [
                    "kind": s.codes(TicketEventKind.self), "at": s.dateTime,
                    "by": s.string(format: nil, "requester, system, or the responder's name"), "note": text, "departmentId": s.uuid])),
                "photos": s.array(s.object("A photo", required: ["id", "contentType", "url"], [
                    "id": s.uuid, "contentType": text, "fileName": text, "size": s.integer, "url": text])),
                "actions": s.array(s.string(format: nil, "accept, answer, transfer, request-info, provide-info, confirm, reopen, rate, merge")),
            ]),
            "TicketRequest": s.object("A new ticket", required: ["categoryId", "title", "body"], [
                "categoryId": s.uuid, "title": text, "body": text, "anonymous": s.boolean, "publishable": s.boolean,
                "channel": s.codes(TicketChannel.self), "visitPlace": s.codes(VisitPlace.self), "briefingId": s.uuid,
                "answerOnSpot": s.string(format: nil, "For a briefing's question answered there: closes it at once"),
                "photos": s.array(s.object("A JPEG or PNG", required: ["fileName", "data"], ["fileName": text, "data": s.string(format: "byte")])),
            ]),
            "TicketEvent": s.object("An action on a ticket", required: ["type"], [
                "type": ["type": "string", "enum": .array(TicketActionInput.Kind.allCases.map { .string($0.rawValue) })],
                "text": s.string(format: nil, "The answer, question, information, reason or transfer note"),
                "assigneeId": s.uuid, "departmentId": s.uuid, "categoryId": s.uuid,
                "score": s.integer(minimum: 1, maximum: 5), "comment": text, "intoNumber": s.integer, "intoId": s.uuid,
            ]),
            "Briefing": s.object("A 工作通报面对面 briefing", required: ["id", "heldOn", "title", "reports", "representatives"], [
                "id": s.uuid, "heldOn": s.date, "title": text, "place": text,
                "reports": s.array(report), "representatives": s.array(representative), "questions": s.array(ref("Ticket")),
            ]),
            "BriefingRequest": s.object("A briefing to record", required: ["heldOn", "title"], [
                "heldOn": s.date, "title": text, "place": text, "reports": s.array(report), "representatives": s.array(representative),
            ]),
            "TicketPage": s.page(of: "Ticket"),
        ]
    }
}
