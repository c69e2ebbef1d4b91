import Domain
import FluentKit
import Foundation
import SQLKit

extension MeetingStore {
    /// Plans or records a meeting. Every organisation taking part must be in the actor's scope, so that no one
    /// ticks off another branch's obligations; its date is taken in the school's time zone.
    public func create(_ draft: MeetingDraft, context: AuditContext) async throws -> Meeting {
        let draft = try draft.validated(now: context.now)
        let (organizations, school) = try await places(of: draft, scope: context.actor.scope)
        let rules = try await MeetingRulesStore(database: database, audit: audit).rules(of: school.id)
        let meeting = Meeting(id: .init(UUID()), schoolID: school.id, kind: draft.kind,
                              hostOrganizationID: draft.hostOrganizationID, organizationIDs: draft.organizationIDs,
                              startsAt: draft.startsAt, endsAt: draft.endsAt, date: LocalDate(draft.startsAt, in: school.timeZone),
                              place: draft.place, isOnline: draft.isOnline, topic: draft.topic, lecturer: draft.lecturer,
                              agenda: draft.agenda, minutes: draft.minutes, requiredElements: rules.elements(of: draft.kind),
                              elementsDone: draft.elementsDone, status: draft.status)
        try await database.writing { tx in
            let record = MeetingRecord()
            record.apply(meeting, hostPath: organizations[0].path.rawValue)
            record.createdBy = context.actor.login
            try await record.create(on: tx)
            for organization in organizations { try await MeetingOrganizationRecord(meeting, organization: organization).create(on: tx) }
            try await audit.append(context.event(.meetingCreated, target: "meeting:\(meeting.id.rawValue)", school: school.id,
                                                 detail: "\(meeting.kind.rawValue) \(meeting.date.iso) \(meeting.status.rawValue)"), on: tx)
        }
        return meeting
    }

    /// Changes a meeting in scope. The checklist stays the one in force when it was recorded, unless the kind changes.
    public func update(_ id: Meeting.ID, with draft: MeetingDraft, context: AuditContext) async throws -> Meeting {
        let record = try await record(id, scope: context.actor.scope)
        let draft = try draft.validated(now: context.now)
        let (organizations, school) = try await places(of: draft, scope: context.actor.scope)
        let old = record.domain(organizationIDs: [])
        let elements = old.kind == draft.kind ? old.requiredElements
            : try await MeetingRulesStore(database: database, audit: audit).rules(of: school.id).elements(of: draft.kind)
        let meeting = Meeting(id: id, schoolID: school.id, kind: draft.kind, hostOrganizationID: draft.hostOrganizationID,
                              organizationIDs: draft.organizationIDs, startsAt: draft.startsAt, endsAt: draft.endsAt,
                              date: LocalDate(draft.startsAt, in: school.timeZone), place: draft.place,
                              isOnline: draft.isOnline, topic: draft.topic, lecturer: draft.lecturer, agenda: draft.agenda,
                              minutes: draft.minutes, requiredElements: elements, elementsDone: draft.elementsDone,
                              status: draft.status)
        try await database.writing { tx in
            record.apply(meeting, hostPath: organizations[0].path.rawValue)
            try await record.update(on: tx)
            try await MeetingOrganizationRecord.query(on: tx).filter(\.$id.$meetingID == id.rawValue).delete()
            for organization in organizations { try await MeetingOrganizationRecord(meeting, organization: organization).create(on: tx) }
            // The register follows the meeting's date.
            try await (tx as! any SQLDatabase).update("meeting_attendance").set("local_date", to: SQLBind(meeting.date.iso))
                .where("meeting_id", .equal, SQLBind(id.rawValue)).run()
            try await audit.append(context.event(.meetingUpdated, target: "meeting:\(id.rawValue)", school: school.id,
                                                 detail: "\(meeting.kind.rawValue) \(meeting.date.iso) \(meeting.status.rawValue)"), on: tx)
        }
        return meeting
    }

    /// The organisations of a draft, host first, each in scope and of one school.
    private func places(of draft: MeetingDraft, scope: Scope) async throws -> ([Organization], School) {
        let store = OrganizationStore(database: database, audit: audit)
        var organizations: [Organization] = []
        for id in draft.organizationIDs {
            do { organizations.append(try await store.find(id, scope: scope)) } catch DomainError.notFound {
                throw DomainError.invalid(field: id == draft.hostOrganizationID ? "organization" : "organizations",
                                          message: Message(zh: "所选组织不存在或不在您的管理范围内",
                                                           en: "The chosen organisation does not exist or is outside your scope"))
            }
        }
        let host = organizations[0]
        if organizations.contains(where: { $0.schoolID != host.schoolID }) { throw DomainError.notFound }
        guard let school = try await SchoolStore(database: database).find(host.schoolID) else { throw DomainError.notFound }
        if let dissolved = host.dissolvedOn, LocalDate(draft.startsAt, in: school.timeZone) > dissolved {
            throw DomainError.invalid(field: "organization", message: Message(
                zh: "该组织已于\(dissolved.iso)撤销", en: "This organisation was dissolved on \(dissolved.iso)"))
        }
        return (organizations, school)
    }
}
