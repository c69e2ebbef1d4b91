import Domain
import FluentKit
import Foundation

/// The personal numbers that are stored sealed and shown masked.
public enum PersonalField: String, Sendable, CaseIterable { case idNumber, phone }

extension PeopleStore {
    /// Seeing a full personal number is a separate action, audited in the same transaction that reads it.
    public func unmask(_ field: PersonalField, of id: Person.ID, context: AuditContext) async throws -> String? {
        try await database.writing { tx in
            guard let record = try await PersonRecord.query(on: tx).scoped(context.actor.scope)
                .filter(\.$id == id.rawValue).first() else { throw DomainError.notFound }
            let sealed = field == .idNumber ? record.idNumberCipher : record.phoneCipher
            let value = try sealed.map(keyring.open)
            try await audit.append(context.event(.personalDataUnmasked, target: "person:\(id.rawValue)",
                                                 school: .init(record.schoolID), detail: field.rawValue), on: tx)
            return value
        }
    }
}
