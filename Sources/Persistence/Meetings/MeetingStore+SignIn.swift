import Domain
import FluentKit
import Foundation
import SQLKit

/// A meeting's open sign-in: the code members may type and the link its QR code carries now.
public struct SignInWindow: Sendable {
    public var code: String
    public var codeExpiresAt: Date
    /// `expiry.signature`, for `/sign-in?m=…&t=…`.
    public var linkToken: String
}

extension MeetingStore {
    /// Opens sign-in (or keeps the open one): a 6-digit code unique among the school's open codes, and a fresh link.
    public func openSignIn(_ id: Meeting.ID, context: AuditContext) async throws -> SignInWindow {
        let record = try await record(id, scope: context.actor.scope)
        if let code = record.signInCode, let expires = record.signInCodeExpiresAt, expires > context.now {
            return SignInWindow(code: code, codeExpiresAt: expires, linkToken: linkToken(id, now: context.now))
        }
        let expires = context.now.addingTimeInterval(SignIn.codeLifetime)
        let code = try await database.writing { tx -> String in
            var code: String
            repeat { code = String(format: "%06d", Int.random(in: 0...999_999)) } while try await openMeeting(code: code, school: record.schoolID, now: context.now, on: tx) != nil
            record.signInCode = code; record.signInCodeExpiresAt = expires
            try await record.update(on: tx)
            try await audit.append(context.event(.meetingUpdated, target: "meeting:\(id.rawValue)", school: .init(record.schoolID),
                                                 detail: "sign-in opened until \(ISO8601DateFormatter().string(from: expires))"), on: tx)
            return code
        }
        return SignInWindow(code: code, codeExpiresAt: expires, linkToken: linkToken(id, now: context.now))
    }

    public func linkToken(_ id: Meeting.ID, now: Date) -> String {
        let expiry = Int(now.timeIntervalSince1970 + SignIn.linkLifetime)
        return "\(expiry).\(keyring.linkSignature("sign-in|\(id.rawValue.uuidString)|\(expiry)"))"
    }

    /// Signs the actor in through a QR link. A forged or expired link is refused before anything is read.
    public func signIn(_ id: Meeting.ID, linkToken: String, context: AuditContext) async throws -> SignIn.Outcome {
        let parts = linkToken.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2, let expiry = Int(parts[0]),
              keyring.linkSignature("sign-in|\(id.rawValue.uuidString)|\(expiry)") == parts[1] else {
            try await refuse(id.rawValue.uuidString, "bad link", context: context); throw SignIn.expiredLink
        }
        guard Double(expiry) >= context.now.timeIntervalSince1970 else {
            try await refuse(id.rawValue.uuidString, "expired link", context: context); throw SignIn.expiredLink
        }
        guard let record = try await MeetingRecord.find(id.rawValue, on: database),
              context.actor.scope.includes(school: .init(record.schoolID)) else { throw DomainError.notFound }
        return try await signIn(record, context: context)
    }

    /// Signs the actor in with the 6-digit code of an open meeting of their school.
    public func signIn(code text: String, context: AuditContext) async throws -> (Meeting.ID, SignIn.Outcome) {
        guard let code = SignIn.normalizedCode(text), let school = context.actor.schoolID,
              let record = try await openMeeting(code: code, school: school.rawValue, now: context.now, on: database) else {
            try await refuse("code", "wrong code", context: context); throw SignIn.wrongCode
        }
        return (.init(record.id!), try await signIn(record, context: context))
    }

    func signIn(_ record: MeetingRecord, context: AuditContext) async throws -> SignIn.Outcome {
        guard let personID = context.actor.personID else { throw SignIn.notOnRegister }
        let meeting = try await domainMeeting(record)
        let register = try await register(of: meeting)
        guard let entry = register.first(where: { $0.personID == personID && $0.isExpected }) else {
            try await refuse(meeting.id.rawValue.uuidString, "not on register", context: context); throw SignIn.notOnRegister
        }
        if entry.attendance?.status == .present { return .alreadySignedIn }
        return try await database.writing { tx in
            // Checked again inside the write: two taps at once must mark present once.
            let existing = try await AttendanceRecord.query(on: tx).filter(\.$id.$meetingID == meeting.id.rawValue)
                .filter(\.$id.$personID == personID.rawValue).first()
            if existing?.status == Attendance.Status.present.rawValue { return .alreadySignedIn }
            try await upsertAttendance(Attendance(personID: personID, status: .present), signedInAt: context.now,
                                       meeting: meeting, by: context.actor.login, now: context.now, on: tx)
            try await audit.append(context.event(.signedIn, target: "meeting:\(meeting.id.rawValue)", school: meeting.schoolID), on: tx)
            try await PointAwards.record(.meetingAttended, person: personID.rawValue, source: "meeting:\(meeting.id.rawValue)",
                                         school: meeting.schoolID, day: meeting.date, context: context, audit: audit, on: tx)
            return .signedIn
        }
    }

    func openMeeting(code: String, school: UUID, now: Date, on db: any Database) async throws -> MeetingRecord? {
        try await MeetingRecord.query(on: db).filter(\.$schoolID == school).filter(\.$signInCode == code)
            .filter(\.$signInCodeExpiresAt > now).first()
    }

    private func domainMeeting(_ record: MeetingRecord) async throws -> Meeting {
        try await find(.init(record.id!), scope: .system)
    }

    func refuse(_ target: String, _ why: String, context: AuditContext) async throws {
        try await audit.record(context.event(.signInRefused, target: "meeting:\(target)", school: nil, result: .failure, detail: why), on: database)
    }
}

extension MeetingStore {
    /// The open sign-in of a meeting in scope, if any, with a fresh link; reading it changes nothing.
    public func currentSignIn(_ id: Meeting.ID, scope: Scope, now: Date) async throws -> SignInWindow? {
        let record = try await record(id, scope: scope)
        guard let code = record.signInCode, let expires = record.signInCodeExpiresAt, expires > now else { return nil }
        return SignInWindow(code: code, codeExpiresAt: expires, linkToken: linkToken(id, now: now))
    }

    /// Signs the actor in to a given meeting with its code (the API's form: meeting and code together).
    public func signIn(_ id: Meeting.ID, code text: String, context: AuditContext) async throws -> SignIn.Outcome {
        guard let code = SignIn.normalizedCode(text), let school = context.actor.schoolID,
              let record = try await openMeeting(code: code, school: school.rawValue, now: context.now, on: database),
              record.id == id.rawValue else {
            try await refuse(id.rawValue.uuidString, "wrong code", context: context); throw SignIn.wrongCode
        }
        return try await signIn(record, context: context)
    }
}
