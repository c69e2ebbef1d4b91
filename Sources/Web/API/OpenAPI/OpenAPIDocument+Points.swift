import Domain

/// 积分制's operations and bodies, mirroring API+PointsController.swift and PointDTOs.swift.
extension OpenAPIDocument {
    private typealias Q = Parameter
    private static func ref(_ name: String) -> JSONValue { JSONSchema.ref(name) }
    private static let idempotencyKey = Parameter(name: "Idempotency-Key", location: "header", required: false,
                                                  description: "Up to 100 printable ASCII characters, unique per caller",
                                                  schema: JSONSchema.string())
    private static let period = Q.query("period", JSONSchema.string(format: nil, "2026 (year), 2026-Q3 (quarter) or 2026-11 (month)"),
                                        "The period; this month when absent")

    static let pointSpecs: [String: OperationSpec] = [
        "GET api/v1/points/rules": OperationSpec(summary: "The caller's school's point rules (events without a rule earn nothing)",
                                                 response: JSONSchema.array(ref("PointRule"))),
        "GET api/v1/points/ledger": OperationSpec(
            summary: "A person's ledger (the caller's own by default) with their counted balance; a person out of scope is a 404",
            query: [Q.query("person", JSONSchema.uuid, "The person; the caller when absent"),
                    Q.query("page", JSONSchema.integer(minimum: 1), "Page number, from 1"),
                    Q.query("pageSize", JSONSchema.integer(minimum: 1, maximum: 500), "Items per page (50)")],
            response: ref("PointLedger")),
        "GET api/v1/points/ranking": OperationSpec(
            summary: "Members of an organisation ranked by counted points in a period (ties share a rank); the caller's branch by default",
            query: [Q.query("org", JSONSchema.uuid, "An organisation in scope or one the caller belongs to"), period],
            response: ref("PointRanking")),
        "POST api/v1/points/entries": OperationSpec(
            summary: "Claim points by rule with evidence (pending when the rule needs approval); caps applied. A repeated Idempotency-Key stores one entry",
            query: [idempotencyKey], body: ref("PointEntryRequest"), status: 201, response: ref("PointEntry"), errors: [409]),
        "POST api/v1/points/entries/:id/decision": OperationSpec(
            summary: "Approve (within the caps left now) or refuse (reason required) a pending entry",
            body: ref("PointDecision"), response: ref("PointEntry"), errors: [409]),
        "POST api/v1/points/entries/:id/corrections": OperationSpec(
            summary: "Correct a counted entry with a new entry and a reason; refused for an archived year",
            body: ref("PointCorrection"), status: 201, response: ref("PointEntry"), errors: [409]),
        "GET api/v1/points/nominations": OperationSpec(summary: "The school's nominations (推优选先)", response: JSONSchema.array(ref("Nomination"))),
        "POST api/v1/points/nominations": OperationSpec(
            summary: "Draw a shortlist (top N or a threshold) from an archived year",
            query: [idempotencyKey], body: ref("NominationRequest"), status: 201, response: ref("Nomination"), errors: [409]),
        "POST api/v1/points/nominations/:id/decision": OperationSpec(
            summary: "Record the committee's final choice among the shortlist, with the reason (once)",
            body: ref("NominationDecision"), response: ref("Nomination"), errors: [409]),
    ]

    static var pointSchemas: [String: JSONValue] {
        let s = JSONSchema.self
        let text = s.string(format: nil)
        let candidate = s.object("A shortlisted member or branch", required: ["id", "name", "points", "rank"], [
            "id": s.uuid, "name": text, "points": s.integer, "rank": s.integer(minimum: 1)])
        return [
            "PointRule": s.object("A school's rule for one event (积分规则)", required: ["id", "event", "name", "points", "unit", "needsApproval", "enabled"], [
                "id": s.uuid, "event": s.codes(PointEvent.self), "name": text, "points": s.integer(minimum: 1),
                "unit": s.codes(PointUnit.self), "dailyCap": s.integer(minimum: 0), "monthlyCap": s.integer(minimum: 0),
                "needsApproval": s.boolean, "enabled": s.boolean,
            ]),
            "PointEntry": s.object("A ledger entry (append-only; corrections name the corrected entry)",
                                   required: ["id", "personId", "event", "quantity", "points", "requestedPoints", "day", "status", "evidence", "proposedBy", "createdAt"], [
                "id": s.uuid, "personId": s.uuid, "personName": text, "event": s.codes(PointEvent.self), "quantity": s.integer,
                "points": s.integer, "requestedPoints": s.integer, "day": s.date, "status": s.codes(PointStatus.self),
                "source": s.string(format: nil, "What earned it, e.g. meeting:<uuid>; absent for claims"), "evidence": text,
                "proposedBy": text, "decidedBy": text, "decidedAt": s.dateTime, "note": text, "corrects": s.uuid, "createdAt": s.dateTime,
            ]),
            "PointEntryPage": s.page(of: "PointEntry"),
            "PointLedger": s.object("A person's counted balance and entries", required: ["personId", "balance", "entries"], [
                "personId": s.uuid, "balance": s.integer, "entries": ref("PointEntryPage")]),
            "PointRanking": s.object("A ranking", required: ["organizationId", "organizationName", "period", "lines"], [
                "organizationId": s.uuid, "organizationName": text, "period": text,
                "lines": s.array(s.object("One ranked person", required: ["personId", "name", "points", "rank"], [
                    "personId": s.uuid, "name": text, "points": s.integer, "rank": s.integer(minimum: 1)])),
            ]),
            "PointEntryRequest": s.object("A claim: the caller's own unless `person` (in scope) is given; day defaults to today", required: ["event"], [
                "person": s.uuid, "event": s.codes(PointEvent.self), "quantity": s.integer(minimum: 1), "day": s.date, "evidence": text]),
            "PointDecision": s.object("approve or refuse", required: ["decision"], [
                "decision": ["type": "string", "enum": ["approve", "refuse"]], "reason": text]),
            "PointCorrection": s.object("Points to add (negative to deduct) and why", required: ["points", "reason"], [
                "points": s.integer, "reason": text]),
            "Nomination": s.object("推优选先: shortlist and final choice", required: ["id", "year", "title", "subject", "criterion", "value", "shortlist", "chosen"], [
                "id": s.uuid, "year": s.integer, "title": text, "subject": s.codes(Nomination.Subject.self),
                "criterion": ["type": "string", "enum": ["top", "threshold"]], "value": s.integer,
                "shortlist": s.array(candidate), "chosen": s.array(s.uuid), "reason": text, "decidedBy": text, "decidedAt": s.dateTime]),
            "NominationRequest": s.object("A shortlist to draw from an archived year", required: ["year", "title", "subject", "criterion", "value"], [
                "year": s.integer, "title": text, "subject": s.codes(Nomination.Subject.self),
                "criterion": ["type": "string", "enum": ["top", "threshold"]], "value": s.integer(minimum: 1)]),
            "NominationDecision": s.object("The final choice", required: ["chosen", "reason"], [
                "chosen": s.array(s.uuid), "reason": text]),
        ]
    }
}
