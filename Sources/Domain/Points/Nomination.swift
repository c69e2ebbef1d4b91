import Foundation
import Tagged

/// 推优选先: a shortlist for an honour drawn from a frozen year's archive (members, or branches by their members'
/// sum), and the committee's final choice among it with the reason.
public struct Nomination: Identifiable, Equatable, Sendable {
    public typealias ID = Tagged<Nomination, UUID>
    public var id: ID
    public var schoolID: School.ID
    public var year: Int
    /// The honour, e.g. 优秀共产党员, 先进基层党组织.
    public var title: String
    public var subject: Subject
    public var criterion: Criterion
    public var shortlist: [Candidate]
    /// The committee's final choice (ids of candidates); empty until chosen.
    public var chosen: [UUID]
    public var reason: String?
    public var createdBy: String
    public var createdAt: Date
    public var decidedBy: String?
    public var decidedAt: Date?

    public enum Subject: String, Codable, CaseIterable, Sendable {
        case member, branch
        public var label: Message {
            self == .member ? Message(zh: "党员", en: "Members") : Message(zh: "党支部", en: "Branches")
        }
    }

    public enum Criterion: Equatable, Sendable {
        /// The first N by rank; candidates tied with the N-th are all shortlisted.
        case top(Int)
        /// Every candidate with at least this many points.
        case threshold(Int)
    }

    public struct Candidate: Codable, Equatable, Sendable {
        public var id: UUID
        public var name: String
        public var points: Int
        public var rank: Int
        public init(id: UUID, name: String, points: Int, rank: Int) { self.id = id; self.name = name; self.points = points; self.rank = rank }
    }

    public init(id: ID, schoolID: School.ID, year: Int, title: String, subject: Subject, criterion: Criterion,
                shortlist: [Candidate], createdBy: String, createdAt: Date) {
        self.id = id; self.schoolID = schoolID; self.year = year; self.title = title; self.subject = subject
        self.criterion = criterion; self.shortlist = shortlist; self.chosen = []; self.createdBy = createdBy
        self.createdAt = createdAt
    }

    public var isDecided: Bool { decidedAt != nil }
}
