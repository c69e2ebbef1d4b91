import Domain
import Foundation

/// Who is writing, from where and when: what every audited write needs to know.
public struct AuditContext: Sendable {
    public var actor: Actor
    public var address: String
    public var now: Date

    public init(actor: Actor, address: String, now: Date) {
        self.actor = actor; self.address = address; self.now = now
    }

    func event(_ action: AuditAction, target: String, school: School.ID?, result: AuditEvent.Result = .success,
               detail: String = "") -> AuditEvent {
        AuditEvent(schoolID: school ?? actor.schoolID, at: now, actorLogin: actor.login, action: action,
                   target: target, result: result, address: address, detail: detail)
    }
}
