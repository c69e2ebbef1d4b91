import Domain
import FluentKit
import Foundation
import SQLKit

/// A photo sent with a ticket, before it is checked.
public struct TicketPhotoUpload: Sendable {
    public var fileName: String
    public var bytes: [UInt8]
    public init(fileName: String, bytes: [UInt8]) { self.fileName = fileName; self.bytes = bytes }
}

extension TicketStore {
    public static let photoLimit = 6

    /// Raises a ticket for the actor. `key` is the form's one-time token or the API's Idempotency-Key: the same key
    /// with the same content answers the ticket already stored (`created` false); with other content it is refused.
    public func submit(_ draft: TicketDraft, photos: [TicketPhotoUpload] = [], key: String?, context: AuditContext) async throws -> (ticket: Ticket, created: Bool) {
        let actor = context.actor
        guard let requester = actor.personID, let schoolID = actor.schoolID else {
            throw DomainError.invalid(field: nil, message: Message(zh: "此账号没有对应的师生档案，不能提交诉求",
                                                                   en: "This account has no person record and cannot raise tickets"))
        }
        let draft = try draft.validated()
        let key = try Self.checkedKey(key)
        if let key, let existing = try await TicketRecord.query(on: database).filter(\.$requesterID == requester.rawValue)
            .filter(\.$submissionKey == key).first() {
            return (try Self.replay(existing, draft), false)
        }
        let category = try await DepartmentStore(database: database, audit: audit).category(draft.categoryID, school: schoolID)
        guard category.isActive else {
            throw DomainError.invalid(field: "category", message: Message(zh: "该类别已停用", en: "This category is no longer in use"))
        }
        if draft.channel == .briefing {
            guard actor.may(.manageBriefings) else { throw DomainError.forbidden }
            _ = try await BriefingStore(database: database, audit: audit).find(draft.briefingID!, school: schoolID)
        }
        try Self.checkPhotos(photos)
        guard let school = try await SchoolStore(database: database).find(schoolID) else { throw DomainError.notFound }
        let deadlines = try await CalendarStore(database: database, audit: audit).deadlines(of: school, around: LocalDate(context.now, in: school.timeZone).year)
        let storedKey = key ?? UUID().uuidString
        do {
            let ticket = try await database.writing { tx in
                let number = try await Self.nextNumber(school: schoolID, on: tx)
                var ticket = Ticket(id: .init(UUID()), schoolID: schoolID, number: number, categoryID: category.id,
                                    departmentID: category.departmentID, requesterID: requester, isAnonymous: draft.isAnonymous,
                                    isPublishable: draft.isPublishable, channel: draft.channel, visitPlace: draft.visitPlace,
                                    briefingID: draft.briefingID, title: draft.title, body: draft.body, submittedAt: context.now,
                                    timeLimitDays: category.timeLimitDays,
                                    clock: deadlines.clock(submittedAt: context.now, limit: category.timeLimitDays))
                var events = [TicketEvent(kind: .submitted, at: context.now, actorPersonID: requester, actorName: "",
                                          note: "", departmentID: category.departmentID)]
                if let answer = draft.answerOnSpot {
                    // 现场答复: answered and closed during the briefing, by the department that answered it.
                    ticket.answer = answer; ticket.answeredAt = context.now; ticket.answeredBy = requester
                    ticket.answeredOnSpot = true; ticket.status = .confirmed; ticket.confirmedAt = context.now
                    events.append(TicketEvent(kind: .answeredOnSpot, at: context.now, actorPersonID: requester,
                                              actorName: actor.displayName, note: answer, departmentID: category.departmentID))
                }
                let record = TicketRecord()
                record.apply(ticket, timeZone: school.timeZone)
                record.submissionKey = storedKey; record.updatedAt = context.now
                try await record.create(on: tx)
                for event in events { try await TicketEventRecord(ticket: ticket.id, event).create(on: tx) }
                try await tally(from: nil, to: ticket, timeZone: school.timeZone, on: tx)
                for photo in photos { try await Self.photoRecord(photo, ticket: ticket.id, now: context.now).create(on: tx) }
                try await audit.append(context.event(.ticketSubmitted, target: "ticket:\(ticket.id.rawValue)", school: schoolID,
                                                     detail: "#\(number) \(draft.channel.rawValue) photos=\(photos.count)"), on: tx)
                if ticket.status == .submitted {
                    try await notify(DepartmentStore(database: tx, audit: audit).staff(of: ticket.departmentID, roles: [.responder], on: tx),
                                     ticket, title: "新诉求 \(ticket.reference)：\(ticket.title)",
                                     body: "请在\(ticket.clock.dueOn.iso)前答复（\(ticket.timeLimitDays)个工作日）。", now: context.now, on: tx)
                }
                return ticket
            }
            return (ticket, true)
        } catch let error where Self.isUniqueViolation(error) && key != nil {
            // The same key raced in from a second request: answer what the first one stored.
            guard let existing = try await TicketRecord.query(on: database).filter(\.$requesterID == requester.rawValue)
                .filter(\.$submissionKey == key!).first() else { throw error }
            return (try Self.replay(existing, draft), false)
        }
    }

    /// The photos of a ticket in scope.
    public func photos(of id: Ticket.ID, scope: Scope) async throws -> [TicketPhoto] {
        _ = try await record(id, scope: scope)
        return try await TicketPhotoRecord.query(on: database).filter(\.$ticketID == id.rawValue).sort(\.$createdAt)
            .field(\.$id).field(\.$contentType).field(\.$fileName).field(\.$size).field(\.$createdAt).field(\.$ticketID).all()
            .map { TicketPhoto(id: $0.id!, contentType: $0.contentType, fileName: $0.fileName, size: $0.size) }
    }

    public func photo(_ photoID: UUID, of id: Ticket.ID, scope: Scope) async throws -> (TicketPhoto, Data) {
        _ = try await record(id, scope: scope)
        guard let r = try await TicketPhotoRecord.query(on: database).filter(\.$id == photoID).filter(\.$ticketID == id.rawValue).first()
        else { throw DomainError.notFound }
        return (TicketPhoto(id: r.id!, contentType: r.contentType, fileName: r.fileName, size: r.size), r.data)
    }

    static func checkPhotos(_ photos: [TicketPhotoUpload]) throws {
        if photos.count > photoLimit {
            throw DomainError.invalid(field: "photos", message: Message(zh: "最多上传\(photoLimit)张照片", en: "At most \(photoLimit) photos"))
        }
        for photo in photos where !(try AttachmentRules.check(photo.bytes, existingCount: 0)).isImage {
            throw DomainError.invalid(field: "photos", message: Message(zh: "只接受照片（JPEG、PNG）", en: "Only photos (JPEG, PNG) are accepted"))
        }
    }

    static func photoRecord(_ photo: TicketPhotoUpload, ticket: Ticket.ID, now: Date) throws -> TicketPhotoRecord {
        let type = try AttachmentRules.check(photo.bytes, existingCount: 0)
        let record = TicketPhotoRecord()
        record.id = UUID(); record.ticketID = ticket.rawValue; record.contentType = type.rawValue
        record.fileName = AttachmentRules.cleanName(photo.fileName, type: type); record.size = photo.bytes.count
        record.data = Data(photo.bytes); record.createdAt = now
        return record
    }

    /// Keys are short printable tokens; anything else is refused rather than stored.
    static func checkedKey(_ key: String?) throws -> String? {
        guard let key = key?.trimmingCharacters(in: .whitespaces), !key.isEmpty else { return nil }
        guard key.count <= 100, key.allSatisfy({ $0.isASCII && !$0.isWhitespace }) else {
            throw DomainError.invalid(field: "Idempotency-Key", message: Message(zh: "幂等键应为不超过100个字符的可见ASCII字符",
                                                                                 en: "An idempotency key is at most 100 printable ASCII characters"))
        }
        return key
    }

    private static func replay(_ existing: TicketRecord, _ draft: TicketDraft) throws -> Ticket {
        let ticket = existing.domain
        guard ticket.categoryID == draft.categoryID, ticket.title == draft.title, ticket.body == draft.body else {
            throw DomainError.invalid(field: "Idempotency-Key", message: Message(
                zh: "该幂等键已用于另一份诉求", en: "This idempotency key was already used for a different ticket"))
        }
        return ticket
    }

    /// The next ticket number of a school: one upsert that takes the counter row's lock and answers its new value.
    static func nextNumber(school: School.ID, on tx: any Database) async throws -> Int {
        let row = try await (tx as! any SQLDatabase).insert(into: "counters").columns("school_id", "name", "value")
            .values(SQLBind(school.rawValue), SQLBind("ticket"), SQLBind(1))
            .onConflict(with: ["school_id", "name"]) { $0.set(SQLColumn("value"), to: SQLRaw("counters.value + 1")) }
            .returning("value").first(decoding: CounterRow.self)
        guard let value = row?.value else { throw DomainError.notFound }
        return value
    }

    struct CounterRow: Decodable { var value: Int }

    static func isUniqueViolation(_ error: any Error) -> Bool {
        let text = String(reflecting: error)
        return text.contains("UNIQUE constraint") || text.contains("23505") || text.contains("unique")
    }

    /// In-app notices about a ticket, inside the caller's transaction; never the requester's identity.
    func notify(_ people: [Person.ID], _ ticket: Ticket, title: String, body: String, now: Date, on tx: any Database) async throws {
        let notices = NoticeStore(database: tx, audit: audit)
        for person in Set(people) {
            try await notices.insert(school: ticket.schoolID, person: person, title: title, body: body,
                                     link: "/tickets/\(ticket.id.rawValue)", now: now, on: tx)
        }
    }
}
