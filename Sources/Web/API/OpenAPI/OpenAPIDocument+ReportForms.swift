import Domain

/// The report form and report times operations and bodies, mirroring API+ReportFormsController.swift,
/// ReportRemindersController.swift and ReportFormDTOs.swift.
extension OpenAPIDocument {
    private static func ref(_ name: String) -> JSONValue { JSONSchema.ref(name) }

    static let reportFormSpecs: [String: OperationSpec] = [
        "GET api/v1/report-forms/current": OperationSpec(
            summary: "The current version of the school's daily report form, for students, the grid's staff and its editors",
            response: ref("ReportForm"), errors: [404]),
        "PUT api/v1/report-forms/current": OperationSpec(
            summary: "Save the next version of the form (school-wide organisation admin). Questions are never deleted, only retired; 409 when basedOn is no longer current",
            body: ref("ReportFormRevision"), response: ref("ReportForm"), errors: [404, 409]),
        "GET api/v1/report-settings": OperationSpec(summary: "The school's report cut-off and reminder times",
                                                    response: ref("ReportSettings"), errors: [404]),
        "PUT api/v1/report-settings": OperationSpec(summary: "Change the report cut-off and reminder times",
                                                    body: ref("ReportSettings"), response: ref("ReportSettings"), errors: [404]),
        "POST api/v1/daily-reports/reminders": OperationSpec(
            summary: "Send an in-app reminder to the students in scope (of one unit, or all) who have not reported today",
            body: ref("ReportReminderRequest"), response: ref("ReportReminderResponse"), errors: [404]),
    ]

    static var reportFormSchemas: [String: JSONValue] {
        let s = JSONSchema.self
        let text = s.string(format: nil), number: JSONValue = ["type": "number"]
        let clock = s.string(format: nil, "HH:MM in the school's time zone")
        let option = s.object("A choice of a choice question", required: ["id", "labelZh", "labelEn"], [
            "id": text, "labelZh": text, "labelEn": text, "offCampus": s.boolean])
        let condition = s.object("Required only when another question has this answer (an option id, or yes/no)",
                                 required: ["questionID", "answer"], ["questionID": text, "answer": text])
        return [
            "ReportForm": s.object("A version of the daily report form, its questions in order (retired ones marked)",
                                   required: ["version", "questions"], ["version": s.integer(minimum: 1), "questions": s.array(ref("ReportQuestion"))]),
            "ReportQuestion": s.object(
                "A question; its id is stable across versions. At most one of abnormalOptions (choice), abnormalAnswer (yes_no) and abnormalAtLeast (number) is set",
                required: ["id", "labelZh", "labelEn", "kind", "required", "healthData"], [
                    "id": s.string(format: nil, "[a-z][a-z0-9_]{0,39}"), "labelZh": text, "labelEn": text,
                    "kind": s.codes(ReportQuestion.Kind.self), "options": s.array(option), "required": s.boolean,
                    "requiredWhen": condition, "healthData": s.boolean, "minimum": number, "maximum": number,
                    "abnormalOptions": s.array(text), "abnormalAnswer": s.boolean, "abnormalAtLeast": number, "retired": s.boolean,
                ]),
            "ReportFormRevision": s.object("The whole question list of the next version, on top of the version it was based on",
                                           required: ["basedOn", "questions"],
                                           ["basedOn": s.integer(minimum: 1), "questions": s.array(ref("ReportQuestion"))]),
            "ReportSettings": s.object("Reports after the cut-off are late; the reminder comes before it",
                                       required: ["cutoff", "reminder", "remindersEnabled"],
                                       ["cutoff": clock, "reminder": clock, "remindersEnabled": s.boolean]),
            "ReportReminderRequest": s.object("The unit whose missing students are reminded; absent for the caller's whole reach",
                                              required: [], ["unit": s.uuid]),
            "ReportReminderResponse": s.object("How many students were reminded", required: ["reminded"],
                                               ["reminded": s.integer(minimum: 0)]),
        ]
    }
}
