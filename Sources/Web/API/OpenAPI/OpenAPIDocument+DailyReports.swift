import Domain

/// The daily reports' operations and bodies, mirroring API+DailyReportsController.swift and DailyReportDTOs.swift.
extension OpenAPIDocument {
    private typealias Q = Parameter
    private static func ref(_ name: String) -> JSONValue { JSONSchema.ref(name) }
    private static let place = [Q.query("unit", JSONSchema.uuid, "A grid unit in the caller's reach (default: the whole reach)"),
                                Q.query("date", JSONSchema.date, "The day (default: today in the school's time zone)")]

    static let dailyReportSpecs: [String: OperationSpec] = [
        "POST api/v1/daily-reports": OperationSpec(
            summary: "Submit today's report (students). Answered only once committed. A resubmission the same day replaces "
                + "the answers (revision + 1); with the same Idempotency-Key and answers it is answered again (200, "
                + "Idempotent-Replayed: true); the same key with other answers is a 422",
            query: [Parameter(name: "Idempotency-Key", location: "header", required: false,
                              description: "Up to 100 printable ASCII characters, unique per student", schema: JSONSchema.string())],
            body: ref("DailyReportRequest"), status: 201, response: ref("DailyReportReceipt")),
        "GET api/v1/daily-reports/mine": OperationSpec(
            summary: "The caller's reports, newest day first",
            query: [Q.query("days", JSONSchema.integer(minimum: 1, maximum: 366), "How many (30)")],
            response: JSONSchema.array(ref("DailyReport"))),
        "GET api/v1/daily-reports/summary": OperationSpec(
            summary: "A unit's day: expected, reported, missing, late, abnormal and the rate, for the unit and each child unit",
            query: place, response: ref("ReportSummary"), errors: [404]),
        "GET api/v1/daily-reports/missing": OperationSpec(summary: "Students expected on the day who have not reported",
                                                         query: place, response: ref("ReportList"), errors: [404]),
        "GET api/v1/daily-reports/abnormal": OperationSpec(summary: "The day's abnormal reports with their reasons",
                                                          query: place, response: ref("ReportList"), errors: [404]),
        "GET api/v1/daily-reports/trend": OperationSpec(
            summary: "The unit's tallies day by day, ending on the date",
            query: place + [Q.query("days", JSONSchema.integer(minimum: 1, maximum: 92), "How many days (30)")],
            response: JSONSchema.array(ref("ReportTrendPoint")), errors: [404]),
        "GET api/v1/daily-reports/consent": OperationSpec(summary: "The caller's consent to health answers", response: ref("HealthConsent")),
        "POST api/v1/daily-reports/consent": OperationSpec(summary: "Give consent to health answers (once; again is harmless)",
                                                          response: ref("HealthConsent")),
        "DELETE api/v1/daily-reports/consent": OperationSpec(summary: "Withdraw consent: health questions are no longer asked",
                                                            response: ref("HealthConsent")),
    ]

    static var dailyReportSchemas: [String: JSONValue] {
        let s = JSONSchema.self
        let text = s.string(format: nil)
        let tally = s.object("A unit's day in numbers", required: ["enrolled", "onLeave", "expected", "reported", "missing", "late", "abnormal"], [
            "enrolled": s.integer, "onLeave": s.integer, "expected": s.integer, "reported": s.integer, "missing": s.integer,
            "late": s.integer, "abnormal": s.integer,
            "ratePerMille": s.integer(minimum: 0, maximum: 1000)])
        let report = s.object("A stored report", required: ["id", "day", "formVersion", "answers", "abnormal", "late", "offCampus", "revision", "submittedAt"], [
            "id": s.uuid, "day": s.date, "formVersion": s.integer, "answers": ["type": "object", "additionalProperties": text],
            "abnormal": s.boolean, "late": s.boolean, "offCampus": s.boolean, "revision": s.integer, "submittedAt": s.dateTime])
        return [
            "DailyReportRequest": s.object("Answers by question id of the current form (GET /api/v1/report-forms/current): "
                                           + "an option id, true/false, a number or text", required: ["answers"], [
                "answers": ["type": "object", "additionalProperties": ["oneOf": [text, s.boolean, ["type": "number"]]]]]),
            "DailyReportReceipt": s.object("The committed report", required: ["id", "day", "revision", "formVersion", "late", "abnormal", "submittedAt", "replayed"], [
                "id": s.uuid, "day": s.date, "revision": s.integer, "formVersion": s.integer, "late": s.boolean,
                "abnormal": s.boolean, "submittedAt": s.dateTime, "replayed": s.boolean]),
            "DailyReport": report,
            "ReportTally": tally,
            "ReportSummary": s.object("A unit's day and its children's", required: ["date", "total", "children"], [
                "date": s.date, "unitId": s.uuid, "unitName": text, "total": ref("ReportTally"),
                "children": s.array(s.object("A child unit (a dorm has no id in a class's view)", required: ["name", "tally"], [
                    "unitId": s.uuid, "name": text, "kind": s.codes(GridUnit.Kind.self), "tally": ref("ReportTally")]))]),
            "ReportList": s.object("Students of the missing or abnormal list", required: ["date", "total", "items"], [
                "date": s.date, "unitId": s.uuid, "total": s.integer,
                "items": s.array(s.object("A student", required: ["personId", "number", "name", "className", "reasons"], [
                    "personId": s.uuid, "number": text, "name": text, "className": text, "dormName": text,
                    "report": ref("DailyReport"), "reasons": s.array(text)]))]),
            "ReportTrendPoint": s.object("One day of the trend", required: ["date", "tally"], ["date": s.date, "tally": ref("ReportTally")]),
            "HealthConsent": s.object("Consent to health answers", required: ["granted"], [
                "granted": s.boolean, "textVersion": text, "grantedAt": s.dateTime]),
        ]
    }
}
