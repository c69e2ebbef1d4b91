import Domain

/// 践诺制's operations and bodies, mirroring API+PledgesController.swift and PledgeDTOs.swift.
extension OpenAPIDocument {
    private typealias Q = Parameter
    private static func ref(_ name: String) -> JSONValue { JSONSchema.ref(name) }
    private static let idempotencyKey = Parameter(name: "Idempotency-Key", location: "header", required: false,
                                                  description: "Up to 100 printable ASCII characters, unique per author",
                                                  schema: JSONSchema.string())
    private static let periodCode = JSONSchema.string(format: nil, "2026 (the year), 2026H1 or 2026H2 (its halves)")

    static let pledgeSpecs: [String: OperationSpec] = [
        "GET api/v1/pledges": OperationSpec(
            summary: "The pledge wall: published pledges of the school, newest first (with mine=true: the caller's own, drafts too)",
            query: [Q.query("org", JSONSchema.uuid, "Only pledges of this organisation's subtree (a branch's wall)"),
                    Q.query("period", periodCode, "Only this period"),
                    Q.query("status", JSONSchema.codes(PledgeStatus.self), "Only this status"),
                    Q.query("mine", JSONSchema.boolean, "Only the caller's own, drafts included"),
                    Q.query("page", JSONSchema.integer(minimum: 1), "Page number, from 1"),
                    Q.query("pageSize", JSONSchema.integer(minimum: 1, maximum: 500), "Items per page (50)")],
            response: ref("PledgePage")),
        "POST api/v1/pledges": OperationSpec(
            summary: "A party member makes a pledge (a draft, or published at once). With an Idempotency-Key, a repeated request stores one",
            query: [idempotencyKey], body: ref("PledgeRequest"), status: 201, response: ref("PledgeDetail")),
        "GET api/v1/pledges/:id": OperationSpec(
            summary: "One pledge with its reports, comments, the caller's score and possible actions (a draft: its owner only)",
            response: ref("PledgeDetail")),
        "POST api/v1/pledges/:id/publish": OperationSpec(summary: "The owner publishes their draft (亮承诺)", response: ref("PledgeDetail")),
        "POST api/v1/pledges/:id/updates": OperationSpec(
            summary: "The owner reports progress, or fulfilment with evidence. The same Idempotency-Key stores one report",
            query: [idempotencyKey], body: ref("PledgeReport"), status: 201, response: ref("PledgeDetail")),
        "POST api/v1/pledges/:id/comments": OperationSpec(
            summary: "Anyone at the school comments on a published pledge (群众监督). The same Idempotency-Key stores one comment",
            query: [idempotencyKey], body: ref("PledgeCommentRequest"), status: 201, response: ref("PledgeComment")),
        "POST api/v1/pledges/:id/comments/:comment/hide": OperationSpec(
            summary: "The branch secretary hides a comment with a reason (it is never deleted)",
            body: ref("PledgeHideRequest"), response: ref("PledgeComment")),
        "POST api/v1/pledges/:id/ratings": OperationSpec(
            summary: "Rate the fulfilment 1–5 (one score per person, changeable; not the owner)",
            body: ref("PledgeRatingRequest"), response: ref("PledgeRating")),
        "POST api/v1/pledges/:id/appraisal": OperationSpec(
            summary: "The branch committee appraises, after the period ended or the fulfilment was reported; fulfilled awards points",
            body: ref("PledgeAppraisal"), response: ref("PledgeDetail")),
        "GET api/v1/posts": OperationSpec(
            summary: "党员先锋岗/示范岗 with their holders, current pledges and this year's points",
            query: [Q.query("org", JSONSchema.uuid, "Only posts of this organisation's subtree")],
            response: JSONSchema.array(ref("PostHolder"))),
    ]

    static var pledgeSchemas: [String: JSONValue] {
        let s = JSONSchema.self
        let text = s.string(format: nil)
        let actions = ["edit", "publish", "progress", "fulfilment", "appraise", "comment", "rate", "hide"]
        return [
            "Pledge": s.object("A pledge (承诺) on the wall", required: ["id", "personId", "ownerName", "period", "promise", "dueDate", "status"], [
                "id": s.uuid, "personId": s.uuid, "ownerName": text, "organizationId": s.uuid, "period": periodCode,
                "periodLabel": text, "periodStart": s.date, "periodEnd": s.date, "promise": text, "dueDate": s.date,
                "postId": s.uuid, "postKind": s.codes(Post.Kind.self), "postTitle": text, "duty": s.codes(CommitteeRole.self),
                "status": s.codes(PledgeStatus.self), "publishedAt": s.dateTime, "verdict": s.codes(PledgeVerdict.self),
                "appraisalRemark": text, "appraisedAt": s.dateTime, "updateCount": s.integer(minimum: 0),
                "ratingCount": s.integer(minimum: 0),
                "ratingAverageTenths": ["type": "integer", "description": "The average score ×10 (43 = 4.3); absent without ratings"],
                "commentCount": s.integer(minimum: 0), "mine": s.boolean, "createdAt": s.dateTime,
            ]),
            "PledgeUpdate": s.object("A progress or fulfilment report", required: ["id", "kind", "text", "evidence", "createdAt"], [
                "id": s.uuid, "kind": s.codes(PledgeUpdate.Kind.self), "text": text, "evidence": s.array(text), "createdAt": s.dateTime,
            ]),
            "PledgeComment": s.object("A comment; a hidden one has no text, only the reason", required: ["id", "authorName", "createdAt", "hidden"], [
                "id": s.uuid, "authorName": text, "text": text, "createdAt": s.dateTime, "hidden": s.boolean, "hiddenReason": text,
            ]),
            "PledgeDetail": s.object("A pledge with its reports, comments and the caller's possible actions",
                                     required: ["pledge", "updates", "comments", "actions"], [
                "pledge": ref("Pledge"), "updates": s.array(ref("PledgeUpdate")), "comments": s.array(ref("PledgeComment")),
                "myRating": s.integer(minimum: 1, maximum: 5),
                "actions": s.array(["type": "string", "enum": .array(actions.map { .string($0) })]),
            ]),
            "PledgeRequest": s.object("A new pledge: the due date lies within the period; postId one of the caller's posts, duty their seat",
                                      required: ["period", "promise", "dueDate"], [
                "period": periodCode, "promise": text, "dueDate": s.date, "postId": s.uuid, "duty": s.codes(CommitteeRole.self),
                "publish": s.boolean,
            ]),
            "PledgeReport": s.object("A report; fulfilment needs evidence", required: ["kind", "text"], [
                "kind": s.codes(PledgeUpdate.Kind.self), "text": text, "evidence": s.array(text),
            ]),
            "PledgeCommentRequest": s.object("A comment (at most 500 characters)", required: ["text"], ["text": text]),
            "PledgeHideRequest": s.object("Why the comment is hidden", required: ["reason"], ["reason": text]),
            "PledgeRatingRequest": s.object("A score of the fulfilment", required: ["score"], ["score": s.integer(minimum: 1, maximum: 5)]),
            "PledgeRating": s.object("The pledge's ratings after the change", required: ["count", "myRating"], [
                "count": s.integer(minimum: 0), "averageTenths": s.integer, "myRating": s.integer(minimum: 1, maximum: 5),
            ]),
            "PledgeAppraisal": s.object("The committee's appraisal", required: ["verdict"], [
                "verdict": s.codes(PledgeVerdict.self), "remark": text,
            ]),
            "PostHolder": s.object("A post (先锋岗/示范岗) and its holder", required: ["postId", "kind", "title", "personId", "name", "points", "pledges"], [
                "postId": s.uuid, "kind": s.codes(Post.Kind.self), "title": text, "since": s.date, "personId": s.uuid, "name": text,
                "organizationId": s.uuid, "points": s.integer,
                "pledges": s.array(s.object("A current pledge of the holder", required: ["id", "promise", "status", "period"], [
                    "id": s.uuid, "promise": text, "status": s.codes(PledgeStatus.self), "period": periodCode])),
            ]),
            "PledgePage": s.page(of: "Pledge"),
        ]
    }
}
