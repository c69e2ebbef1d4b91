import Domain

/// The bodies of the meetings API, mirroring MeetingDTOs.swift field by field.
extension OpenAPIDocument {
    static var meetingSchemas: [String: JSONValue] {
        let s = JSONSchema.self
        let meetingFields: [String: JSONValue] = [
            "kind": s.codes(MeetingKind.self), "status": s.codes(Meeting.Status.self),
            "startsAt": s.dateTime, "endsAt": s.dateTime, "place": s.string(format: nil), "isOnline": s.boolean,
            "topic": s.string(format: nil), "lecturer": s.string(format: nil), "agenda": s.string(format: nil), "minutes": s.string(format: nil),
            "elementsDone": s.array(s.string(format: nil, "Keys of the required elements that were done")),
        ]
        return [
            "Meeting": s.object("A meeting of organisational life", required: ["id", "kind", "status", "organizationId", "startsAt", "date", "topic"],
                                meetingFields.merging([
                                    "id": s.uuid, "organizationId": s.uuid, "organizationIds": s.array(s.uuid),
                                    "date": s.date, "requiredElements": s.array(s.string(format: nil)), "isComplete": s.boolean,
                                ]) { a, _ in a }),
            "MeetingPatch": s.object("A meeting to create (kind, organizationId, startsAt, topic, place required) or fields to change",
                                     required: [], meetingFields.merging(["organizationId": s.uuid, "otherOrganizationIds": s.array(s.uuid)]) { a, _ in a }),
            "Attendance": s.object("A meeting's register", required: ["meetingId", "entries"], [
                "meetingId": s.uuid,
                "entries": s.array(s.object("One line of the register", required: ["personId", "name", "number", "expected"], [
                    "personId": s.uuid, "name": s.string(format: nil), "number": s.string(format: nil), "expected": s.boolean,
                    "status": s.codes(Attendance.Status.self), "reason": s.string(format: nil), "signedInAt": s.dateTime,
                ])),
                "quorum": s.object("General and committee meetings only", required: ["entitled", "present", "needed", "reached"], [
                    "entitled": s.integer, "present": s.integer, "needed": s.integer, "reached": s.boolean,
                ]),
            ]),
            "AttendanceUpdate": s.object("Attendance of people on the register", required: ["entries"], [
                "entries": s.array(s.object("One line", required: ["personId", "status"], [
                    "personId": s.uuid, "status": s.codes(Attendance.Status.self), "reason": s.string(format: nil, "Required when excused"),
                ])),
            ]),
            "SignInRequest": s.object("A 6-digit sign-in code", required: ["code"], ["code": s.string(format: nil)]),
            "SignInResponse": s.object("The outcome of a sign-in", required: ["meetingId", "result", "message"], [
                "meetingId": s.uuid, "result": s.codes(SignIn.Outcome.self), "message": s.string(format: nil),
            ]),
            "Compliance": s.object("The 工作欠账 board of an organisation's subtree for a year", required: ["organizationId", "year", "asOf", "totals", "branches"], [
                "organizationId": s.uuid, "year": s.integer, "asOf": s.date,
                "totals": s.array(s.object("Cells by status for an organisation and everything below it", required: ["organizationId", "name"], [
                    "organizationId": s.uuid, "name": s.string(format: nil), "done": s.integer, "incomplete": s.integer, "due": s.integer,
                    "overdue": s.integer, "notApplicable": s.integer, "upcoming": s.integer,
                ])),
                "branches": s.array(s.object("A branch or party group and its cells", required: ["id", "name", "kind", "cells"], [
                    "id": s.uuid, "name": s.string(format: nil), "kind": s.codes(Organization.Kind.self), "foundedOn": s.date, "dissolvedOn": s.date,
                    "cells": s.array(s.object("One required kind in one period", required: ["kind", "period", "status", "rule", "explanation"], [
                        "kind": s.codes(MeetingKind.self), "period": s.string(format: nil, "2026-03, 2026-Q1, 2026-H1 or 2026"),
                        "periodStart": s.date, "periodEnd": s.date, "status": s.codes(ComplianceStatus.self),
                        "required": s.integer, "held": s.integer, "complete": s.integer, "rule": s.string(format: nil), "explanation": s.string(format: nil),
                        "meetingIds": s.array(s.uuid),
                    ])),
                ])),
            ]),
        ]
    }
}
