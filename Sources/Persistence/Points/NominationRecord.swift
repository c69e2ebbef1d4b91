import Domain
import FluentKit
import Foundation

/// A row of `nominations`: the shortlist and the choice are stored whole as JSON.
final class NominationRecord: Model, @unchecked Sendable {
    static let schema = "nominations"
    @ID(key: .id) var id: UUID?
    @Field(key: "school_id") var schoolID: UUID
    @Field(key: "year") var year: Int
    @Field(key: "title") var title: String
    @Field(key: "subject") var subject: String
    @Field(key: "criterion") var criterion: String
    @Field(key: "criterion_value") var criterionValue: Int
    @Field(key: "shortlist") var shortlist: String
    @Field(key: "chosen") var chosen: String
    @OptionalField(key: "reason") var reason: String?
    @Field(key: "created_by") var createdBy: String
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "decided_by") var decidedBy: String?
    @OptionalField(key: "decided_at") var decidedAt: Date?
    @OptionalField(key: "submission_key") var submissionKey: String?

    init() {}

    func apply(_ n: Nomination) {
        id = n.id.rawValue; schoolID = n.schoolID.rawValue; year = n.year; title = n.title; subject = n.subject.rawValue
        switch n.criterion {
        case .top(let count): criterion = "top"; criterionValue = count
        case .threshold(let points): criterion = "threshold"; criterionValue = points
        }
        shortlist = Self.json(n.shortlist); chosen = Self.json(n.chosen); reason = n.reason
        createdBy = n.createdBy; createdAt = n.createdAt; decidedBy = n.decidedBy; decidedAt = n.decidedAt
    }

    var domain: Nomination {
        var n = Nomination(id: .init(id!), schoolID: .init(schoolID), year: year, title: title,
                           subject: Nomination.Subject(rawValue: subject) ?? .member,
                           criterion: criterion == "top" ? .top(criterionValue) : .threshold(criterionValue),
                           shortlist: Self.decode(shortlist) ?? [], createdBy: createdBy, createdAt: createdAt)
        n.chosen = Self.decode(chosen) ?? []; n.reason = reason; n.decidedBy = decidedBy; n.decidedAt = decidedAt
        return n
    }

    private static func json<T: Encodable>(_ value: T) -> String {
        String(decoding: (try? JSONEncoder().encode(value)) ?? Data("[]".utf8), as: UTF8.self)
    }

    private static func decode<T: Decodable>(_ text: String) -> T? { try? JSONDecoder().decode(T.self, from: Data(text.utf8)) }
}
