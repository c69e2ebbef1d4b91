import Domain
import Persistence

/// `components.schemas`: the bodies the API reads and writes, mirroring the DTOs field by field.
/// Enumerations list their codes from the Swift cases, so a new case appears here by itself.
extension OpenAPIDocument {
    static var schemas: [String: JSONValue] {
        var all = peopleSchemas.merging(placeSchemas) { first, _ in first }
            .merging(accessSchemas) { first, _ in first }.merging(meetingSchemas) { first, _ in first }
            .merging(ticketSchemas) { first, _ in first }.merging(ticketStatisticsSchemas) { first, _ in first }
            .merging(dailyReportSchemas) { first, _ in first }.merging(leaveSchemas) { first, _ in first }
            .merging(watchSchemas) { first, _ in first }
            .merging(reportFormSchemas) { first, _ in first }
            .merging(pledgeSchemas) { first, _ in first }
            .merging(duesSchemas) { first, _ in first }
            .merging(pointSchemas) { first, _ in first }
        for item in ["Person", "Organization", "GridUnit", "Transfer", "AuditEvent", "Meeting"] {
            all[item + "Page"] = JSONSchema.page(of: item)
        }
        return all
    }

    private static var peopleSchemas: [String: JSONValue] {
        [
            "Person": JSONSchema.object("A person (PersonDTO). Personal numbers are masked; places are ids.",
                required: ["id", "number", "name", "kind", "politicalStatus", "stages", "isDualLeader", "posts"],
                personFields(personalNumbers: "masked, e.g. 1101**********1234").merging([
                    "id": JSONSchema.uuid,
                    "posts": JSONSchema.array(JSONSchema.ref("Post")),
                ]) { _, new in new }),
            "PersonPatch": JSONSchema.object(
                "Body of POST /api/v1/people (number and name required) and PATCH /api/v1/people/{id} (any subset; "
                    + "absent fields stay as they are).",
                required: [], personFields(personalNumbers: "the whole number; stored encrypted")),
            "StageDates": JSONSchema.object("The date of each membership stage reached (发展阶段).", required: [],
                Dictionary(uniqueKeysWithValues: Stage.allCases.map { (stageKey($0), JSONSchema.date) })),
            "Post": JSONSchema.object("A post held by a member (党员先锋岗 / 党员示范岗).", required: ["id", "kind", "title"],
                ["id": JSONSchema.uuid, "kind": JSONSchema.codes(Post.Kind.self), "title": JSONSchema.string(),
                 "since": JSONSchema.date]),
            "LookupRequest": JSONSchema.object("A whole ID or mobile number, compared by keyed hash.", required: ["number"],
                ["number": JSONSchema.string()]),
            "UnmaskRequest": JSONSchema.object("Which personal number to show in full; the reading is audited.",
                required: ["field"], ["field": JSONSchema.codes(PersonalField.self)]),
            "UnmaskResponse": JSONSchema.object("The full number, absent when none is stored.", required: ["field"],
                ["field": JSONSchema.codes(PersonalField.self), "value": JSONSchema.string()]),
        ]
    }

    /// The fields a person's record and its patch share.
    private static func personFields(personalNumbers: String) -> [String: JSONValue] {
        [
            "number": JSONSchema.string(format: nil, "学工号: text, leading zeros kept"),
            "name": JSONSchema.string(),
            "gender": JSONSchema.codes(Person.Gender.self),
            "kind": JSONSchema.codes(Person.Kind.self),
            "politicalStatus": JSONSchema.codes(PoliticalStatus.self, "政治面貌"),
            "ethnicity": JSONSchema.string(),
            "birthDate": JSONSchema.date,
            "idNumber": JSONSchema.string(format: nil, "身份证号, " + personalNumbers),
            "phone": JSONSchema.string(format: nil, "手机号, " + personalNumbers),
            "organizationID": JSONSchema.uuid,
            "classID": JSONSchema.uuid,
            "dormID": JSONSchema.uuid,
            "stages": JSONSchema.ref("StageDates"),
            "committeeRole": JSONSchema.codes(CommitteeRole.self, "支委职务"),
            "isDualLeader": JSONSchema.boolean,
        ]
    }

    /// The JSON key of a stage in `StageDates` (its Swift property name).
    private static func stageKey(_ stage: Stage) -> String {
        switch stage {
        case .application: "application"
        case .activist: "activist"
        case .developmentCandidate: "developmentCandidate"
        case .probationary: "probationary"
        case .full: "full"
        }
    }

    private static var placeSchemas: [String: JSONValue] {
        let organization = JSONSchema.object("A node of the party tree (党组织).", required: ["id", "kind", "name", "depth"],
            ["id": JSONSchema.uuid, "parentID": JSONSchema.uuid, "kind": JSONSchema.codes(Organization.Kind.self),
             "category": JSONSchema.codes(Organization.Category.self), "name": JSONSchema.string(),
             "depth": JSONSchema.integer(minimum: 1)])
        return [
            "Organization": organization,
            "OrganizationDetail": ["allOf": [JSONSchema.ref("Organization"), JSONSchema.object(
                "People whose organisation is this one or below it.", required: ["memberCount"],
                ["memberCount": JSONSchema.integer(minimum: 0)])]],
            "GridUnit": JSONSchema.object("A unit of the campus grid (网格).", required: ["id", "kind", "name", "depth"],
                ["id": JSONSchema.uuid, "parentID": JSONSchema.uuid, "kind": JSONSchema.codes(GridUnit.Kind.self),
                 "name": JSONSchema.string(), "depth": JSONSchema.integer(minimum: 1)]),
            "Transfer": JSONSchema.object("A transfer of a member's record (组织关系转接).",
                required: ["id", "personID", "toOrganizationID", "date", "reason"],
                ["id": JSONSchema.uuid, "personID": JSONSchema.uuid, "fromOrganizationID": JSONSchema.uuid,
                 "toOrganizationID": JSONSchema.uuid, "date": JSONSchema.date, "reason": JSONSchema.string()]),
            "TransferRequest": JSONSchema.object("Body of POST /api/v1/people/{id}/transfers.",
                required: ["organizationID", "date"],
                ["organizationID": JSONSchema.uuid, "date": JSONSchema.date, "reason": JSONSchema.string()]),
        ]
    }

    private static var accessSchemas: [String: JSONValue] {
        let me = JSONSchema.object("The signed-in account.", required: ["login", "displayName", "roles", "permissions"],
            ["login": JSONSchema.string(), "displayName": JSONSchema.string(), "personID": JSONSchema.uuid,
             "roles": JSONSchema.array(JSONSchema.codes(Role.self)),
             "permissions": JSONSchema.array(JSONSchema.codes(Permission.self))])
        return [
            "Me": me,
            "SessionRequest": JSONSchema.object("Body of POST /api/v1/session.", required: ["account", "password"],
                ["account": JSONSchema.string(), "password": JSONSchema.string(format: "password")]),
            "SessionResponse": JSONSchema.object("A new session: send `token` as a bearer token.",
                required: ["token", "csrfToken", "mustChangePassword", "me"],
                ["token": JSONSchema.string(), "csrfToken": JSONSchema.string(format: nil, "for X-CSRF-Token with the cookie"),
                 "mustChangePassword": JSONSchema.boolean, "me": JSONSchema.ref("Me")]),
            "AuditEvent": JSONSchema.object("One line of the audit trail (审计日志).",
                required: ["sequence", "at", "actorLogin", "action", "target", "result", "address", "detail"],
                ["sequence": JSONSchema.integer.merging(["format": "int64"]), "at": JSONSchema.dateTime,
                 "actorLogin": JSONSchema.string(), "action": JSONSchema.codes(AuditAction.self),
                 "target": JSONSchema.string(), "result": JSONSchema.codes(AuditEvent.Result.self),
                 "address": JSONSchema.string(), "detail": JSONSchema.string()]),
            "Error": JSONSchema.object("Every error: a stable code, a sentence in the client's language, the field at fault.",
                required: ["error", "reason"],
                ["error": JSONSchema.string(format: nil, "stable snake_case code, e.g. not_found"),
                 "reason": JSONSchema.string(), "field": JSONSchema.string()]),
        ]
    }
}
