import Domain

/// The watch list's operations and bodies, mirroring API+WatchesController.swift and WatchDTOs.swift.
extension OpenAPIDocument {
    private typealias Q = Parameter
    private static func ref(_ name: String) -> JSONValue { JSONSchema.ref(name) }
    private static let idempotencyKey = Parameter(name: "Idempotency-Key", location: "header", required: false,
                                                  description: "Up to 100 printable ASCII characters; a repeat answers the first result",
                                                  schema: JSONSchema.string())

    static let watchSpecs: [String: OperationSpec] = [
        "GET api/v1/watches": OperationSpec(
            summary: "Watches (重点人群) in scope: open ones oldest first, closed ones most recently closed first",
            query: [Q.query("status", JSONSchema.string(format: nil, "open (default), closed or all")
                        .merging(["enum": ["open", "closed", "all"]]), "Which watches"),
                    Q.query("q", JSONSchema.string(), "Part of the student's name, or the start of their number"),
                    Q.query("page", JSONSchema.integer(minimum: 1), "Page number, from 1"),
                    Q.query("pageSize", JSONSchema.integer(minimum: 1, maximum: 500), "Items per page (50)")],
            response: ref("WatchPage")),
        "POST api/v1/watches": OperationSpec(
            summary: "Put a student of the caller's scope on watch by hand; a student already under watch is a conflict",
            query: [idempotencyKey], body: ref("WatchRequest"), status: 201, response: ref("WatchDetail")),
        "GET api/v1/watches/:id": OperationSpec(summary: "One watch with its follow-ups", response: ref("WatchDetail")),
        "POST api/v1/watches/:id/follow-ups": OperationSpec(
            summary: "Log a follow-up (随访) on an open watch; a closed watch answers 409",
            query: [idempotencyKey], body: ref("FollowUpRequest"), status: 201, response: ref("WatchDetail")),
        "POST api/v1/watches/:id/close": OperationSpec(
            summary: "Close an open watch with a reason; without one, 422; already closed, 409",
            body: ref("WatchCloseRequest"), response: ref("WatchDetail")),
    ]

    static var watchSchemas: [String: JSONValue] {
        let s = JSONSchema.self
        let text = s.string(format: nil)
        return [
            "Watch": s.object("A student under watch", required: ["id", "personId", "personName", "status", "openedOn",
                                                                  "daysUnderWatch", "reason", "followUpCount"], [
                "id": s.uuid, "personId": s.uuid, "personName": text, "personNumber": text, "className": text,
                "status": s.codes(WatchStatus.self), "openedOn": s.date,
                "daysUnderWatch": s.integer(minimum: 1).merging(["description": "The opened day is day 1; a closed watch counts to its closing day"]),
                "reason": text, "reportId": s.string(format: "uuid", "The abnormal daily report that opened it"),
                "followUpCount": s.integer(minimum: 0), "lastFollowUpAt": s.dateTime, "closedAt": s.dateTime,
                "closedBy": s.string(format: nil, "Login of the account that closed it"),
                "closingReason": s.codes(WatchClosing.Reason.self), "closingText": text,
            ]),
            "FollowUp": s.object("One follow-up", required: ["id", "method", "result", "note", "happenedAt", "recordedBy"], [
                "id": s.uuid, "method": s.codes(FollowUpMethod.self), "result": s.codes(FollowUpResult.self), "note": text,
                "happenedAt": s.dateTime, "recordedBy": s.string(format: nil, "Login of the account that recorded it"),
            ]),
            "WatchDetail": s.object("A watch and its follow-ups, oldest first", required: ["watch", "followUps"], [
                "watch": ref("Watch"), "followUps": s.array(ref("FollowUp")),
            ]),
            "WatchRequest": s.object("A student to put on watch", required: ["personId", "reason"], [
                "personId": s.uuid, "reason": text, "day": s.string(format: "date", "The first day under watch (default today)"),
            ]),
            "FollowUpRequest": s.object("A follow-up", required: ["method", "result"], [
                "method": s.codes(FollowUpMethod.self), "result": s.codes(FollowUpResult.self), "note": text,
                "happenedAt": s.string(format: "date-time", "When it took place (default now); not in the future"),
            ]),
            "WatchCloseRequest": s.object("Why the watch ends", required: ["reason"], [
                "reason": s.codes(WatchClosing.Reason.self),
                "text": s.string(format: nil, "In words; required when reason is other"),
            ]),
            "WatchPage": s.page(of: "Watch"),
        ]
    }
}
