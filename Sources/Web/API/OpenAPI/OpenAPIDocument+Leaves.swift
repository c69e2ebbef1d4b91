import Domain

/// The leave/return ledger's operations and bodies, mirroring API+LeavesController.swift and LeaveDTOs.swift.
extension OpenAPIDocument {
    private typealias Q = Parameter
    private static func ref(_ name: String) -> JSONValue { JSONSchema.ref(name) }
    private static let idempotencyKey = Parameter(name: "Idempotency-Key", location: "header", required: false,
                                                  description: "Up to 100 printable ASCII characters, unique per traveller",
                                                  schema: JSONSchema.string())

    static let leaveSpecs: [String: OperationSpec] = [
        "GET api/v1/leaves": OperationSpec(
            summary: "Leave lines in scope (a student's own, a counsellor's or monitor's classes, an admin's units), pending first",
            query: [Q.query("status", JSONSchema.codes(LeaveStatus.self), "Only this status"),
                    Q.query("date", JSONSchema.date, "Only lines whose days include this day"),
                    Q.query("unit", JSONSchema.uuid, "Only students filed under this grid unit (college, major, class)"),
                    Q.query("traveller", JSONSchema.codes(LeaveTraveller.self), "Only students or only staff"),
                    Q.query("mine", JSONSchema.boolean, "Only the caller's own"),
                    Q.query("q", JSONSchema.string(), "Words of the traveller's name, or the start of their number"),
                    Q.query("page", JSONSchema.integer(minimum: 1), "Page number, from 1"),
                    Q.query("pageSize", JSONSchema.integer(minimum: 1, maximum: 500), "Items per page (50)")],
            response: ref("LeavePage")),
        "POST api/v1/leaves": OperationSpec(
            summary: "A student applies to leave campus. With an Idempotency-Key, a repeated request stores one application",
            query: [idempotencyKey], body: ref("LeaveRequest"), status: 201, response: ref("LeaveDetail"), errors: [409]),
        "GET api/v1/leaves/today": OperationSpec(
            summary: "Who in scope is off campus today (approved, left, or returned later than today), with counts per class",
            response: ref("LeaveToday")),
        "POST api/v1/leaves/staff": OperationSpec(
            summary: "Record a staff member's movement (approved at once; left when it starts today)",
            query: [idempotencyKey], body: ref("LeaveRequest"), status: 201, response: ref("LeaveDetail"), errors: [409]),
        "GET api/v1/leaves/:id": OperationSpec(summary: "One leave line with the caller's possible actions", response: ref("LeaveDetail")),
        "POST api/v1/leaves/:id/events": OperationSpec(
            summary: "Act on a leave line: approve, refuse (note required), cancel, leave, return",
            body: ref("LeaveEvent"), response: ref("LeaveDetail"), errors: [409]),
    ]

    static var leaveSchemas: [String: JSONValue] {
        let s = JSONSchema.self
        let text = s.string(format: nil)
        let actions = s.array(["type": "string", "enum": .array(LeaveAction.codes.map { .string($0) })])
        return [
            "Leave": s.object("A line of the leave/return ledger (师生流动台账)",
                              required: ["id", "traveller", "personId", "firstDay", "lastDay", "destination", "reason", "status"], [
                "id": s.uuid, "traveller": s.codes(LeaveTraveller.self), "personId": s.uuid, "personName": text,
                "personNumber": text, "classId": s.uuid, "firstDay": s.date, "lastDay": s.date,
                "days": s.integer(minimum: 1), "destination": text, "reason": text, "status": s.codes(LeaveStatus.self),
                "overdue": s.boolean, "mine": s.boolean, "decidedBy": text, "decidedAt": s.dateTime, "decisionNote": text,
                "leftAt": s.dateTime, "leftDay": s.date, "returnedAt": s.dateTime, "returnedDay": s.date, "createdAt": s.dateTime,
            ]),
            "LeaveDetail": s.object("A leave line and the actions the caller may take now", required: ["leave", "actions"], [
                "leave": ref("Leave"), "actions": actions,
            ]),
            "LeaveRequest": s.object("An application (first day not before today, at most 180 days); `number` names the staff member on /staff",
                                     required: ["firstDay", "lastDay", "destination", "reason"], [
                "firstDay": s.date, "lastDay": s.date, "destination": text, "reason": text, "number": text,
            ]),
            "LeaveEvent": s.object("An action on a leave line", required: ["type"], [
                "type": ["type": "string", "enum": .array(LeaveAction.codes.map { .string($0) })],
                "note": s.string(format: nil, "The approval's note, or the refusal's reason (required to refuse)"),
            ]),
            "LeaveToday": s.object("Who is off campus today", required: ["day", "people", "perClass", "items"], [
                "day": s.date, "people": s.integer,
                "perClass": s.array(s.object("People away from one class (no classId: staff)", required: ["name", "count"], [
                    "classId": s.uuid, "name": text, "count": s.integer])),
                "items": s.array(ref("Leave")),
            ]),
            "LeavePage": s.page(of: "Leave"),
        ]
    }
}
