import Domain

/// What the document says about each known operation, keyed `"METHOD path"` as the endpoint list spells it.
/// An endpoint missing here is still described, generically: the list of endpoints, not this table, decides
/// what the document contains.
struct OperationSpec: Sendable {
    var summary: String
    var query: [OpenAPIDocument.Parameter] = []
    var body: JSONValue? = nil
    var status = 200
    /// The success body; nil for none (204) or unknown.
    var response: JSONValue? = nil
    /// Errors beyond those every operation of its kind can answer.
    var errors: [Int] = []
}

extension OpenAPIDocument {
    private typealias Q = Parameter
    private static func ref(_ name: String) -> JSONValue { JSONSchema.ref(name) }

    static let operationSpecs: [String: OperationSpec] = sessionSpecs.merging(peopleSpecs) { first, _ in first }
        .merging(placeSpecs) { first, _ in first }.merging(meetingSpecs) { first, _ in first }
        .merging(ticketSpecs) { first, _ in first }.merging(ticketStatisticsSpecs) { first, _ in first }
        .merging(dailyReportSpecs) { first, _ in first }.merging(leaveSpecs) { first, _ in first }
        .merging(watchSpecs) { first, _ in first }
        .merging(reportFormSpecs) { first, _ in first }
        .merging(pledgeSpecs) { first, _ in first }
        .merging(duesSpecs) { first, _ in first }
        .merging(pointSpecs) { first, _ in first }

    private static let sessionSpecs: [String: OperationSpec] = [
        "POST api/v1/session": OperationSpec(summary: "Log in: answers a bearer token and sets the session cookie",
                                             body: ref("SessionRequest"), status: 201, response: ref("SessionResponse"),
                                             errors: [401]),
        "DELETE api/v1/session": OperationSpec(summary: "Log out: ends the session", status: 204),
        "GET api/v1/me": OperationSpec(summary: "The signed-in account, its roles and permissions", response: ref("Me")),
        "GET api/v1/openapi.json": OperationSpec(summary: "This document", response: ["type": "object"]),
        "GET api/v1/audit-events": OperationSpec(
            summary: "The audit trail, newest first",
            query: [Q.query("action", JSONSchema.codes(AuditAction.self), "Only this action"),
                    Q.query("actor", JSONSchema.string(), "Only this account's login"),
                    Q.query("result", JSONSchema.codes(AuditEvent.Result.self), "Only this result"),
                    Q.query("from", JSONSchema.date, "From this day (school time zone)"),
                    Q.query("until", JSONSchema.date, "Until this day, inclusive")] + paging,
            response: ref("AuditEventPage")),
    ]

    private static let paging = [Q.query("page", JSONSchema.integer(minimum: 1), "Page number, from 1"),
                                 Q.query("pageSize", JSONSchema.integer(minimum: 1, maximum: 500), "Items per page (50)")]

    private static let peopleSpecs: [String: OperationSpec] = [
        "GET api/v1/people": OperationSpec(
            summary: "People in scope, one page, by number",
            query: [Q.query("q", JSONSchema.string(), "Name (any part) or number (prefix)"),
                    Q.query("org", JSONSchema.uuid, "Only people of this organisation and below"),
                    Q.query("grid", JSONSchema.uuid, "Only people of this grid unit and below"),
                    Q.query("status", JSONSchema.codes(PoliticalStatus.self), "Only this political status")] + paging,
            response: ref("PersonPage")),
        "POST api/v1/people": OperationSpec(summary: "Add a person", body: ref("PersonPatch"), status: 201,
                                            response: ref("Person")),
        "POST api/v1/people/lookup": OperationSpec(summary: "Find people in scope by a whole ID or mobile number",
                                                   body: ref("LookupRequest"), response: JSONSchema.array(ref("Person"))),
        "GET api/v1/people/:id": OperationSpec(summary: "One person's record", response: ref("Person")),
        "PATCH api/v1/people/:id": OperationSpec(summary: "Change some fields of a person's record",
                                                 body: ref("PersonPatch"), response: ref("Person")),
        "GET api/v1/people/:id/transfers": OperationSpec(summary: "A member's transfers (组织关系转接), newest first",
                                                         response: JSONSchema.array(ref("Transfer"))),
        "POST api/v1/people/:id/transfers": OperationSpec(summary: "Transfer a member to another organisation",
                                                          body: ref("TransferRequest"), status: 201,
                                                          response: ref("Transfer")),
        "POST api/v1/people/:id/unmask": OperationSpec(summary: "Show a personal number in full (audited)",
                                                       body: ref("UnmaskRequest"), response: ref("UnmaskResponse")),
    ]

    private static let meetingSpecs: [String: OperationSpec] = [
        "GET api/v1/meetings": OperationSpec(
            summary: "Meetings in scope (organisations below, own register, own branch), newest first",
            query: [Q.query("org", JSONSchema.uuid, "Only meetings of this organisation and below"),
                    Q.query("kind", JSONSchema.codes(MeetingKind.self), "Only this kind"),
                    Q.query("from", JSONSchema.date, "From this day (school time zone)"),
                    Q.query("to", JSONSchema.date, "Until this day, inclusive")] + paging,
            response: ref("MeetingPage")),
        "POST api/v1/meetings": OperationSpec(summary: "Plan or record a meeting", body: ref("MeetingPatch"), status: 201,
                                              response: ref("Meeting")),
        "GET api/v1/meetings/:id": OperationSpec(summary: "One meeting", response: ref("Meeting")),
        "PATCH api/v1/meetings/:id": OperationSpec(summary: "Change some fields of a meeting", body: ref("MeetingPatch"),
                                                   response: ref("Meeting")),
        "GET api/v1/meetings/:id/attendance": OperationSpec(summary: "The register: expected members and their attendance",
                                                            response: ref("Attendance")),
        "PUT api/v1/meetings/:id/attendance": OperationSpec(summary: "Record attendance of people on the register",
                                                            body: ref("AttendanceUpdate"), response: ref("Attendance")),
        "POST api/v1/meetings/:id/sign-in": OperationSpec(summary: "Sign the caller in with the meeting's 6-digit code",
                                                          body: ref("SignInRequest"), response: ref("SignInResponse")),
        "GET api/v1/compliance": OperationSpec(
            summary: "The 工作欠账 board: per branch, per required kind, per period, status, rule and explanation",
            query: [Q.query("org", JSONSchema.uuid, "The organisation (default: the highest in scope)"),
                    Q.query("year", JSONSchema.integer(minimum: 2000, maximum: 2100), "Calendar year (default: this year)")],
            response: ref("Compliance")),
    ]

    private static let placeSpecs: [String: OperationSpec] = [
        "GET api/v1/organizations": OperationSpec(
            summary: "Organisations in scope, parents before children",
            query: [Q.query("kind", JSONSchema.codes(Organization.Kind.self), "Only this kind")],
            response: JSONSchema.array(ref("Organization"))),
        "GET api/v1/organizations/:id": OperationSpec(summary: "One organisation, with its number of people",
                                                      response: ref("OrganizationDetail")),
        "GET api/v1/grid-units": OperationSpec(
            summary: "Grid units in scope, parents before children",
            query: [Q.query("kind", JSONSchema.codes(GridUnit.Kind.self), "Only this kind")],
            response: JSONSchema.array(ref("GridUnit"))),
        "GET api/v1/grid-units/:id": OperationSpec(summary: "One grid unit", response: ref("GridUnit")),
    ]
}
