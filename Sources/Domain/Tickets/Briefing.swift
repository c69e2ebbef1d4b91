import Foundation
import Tagged

/// 工作通报面对面: a monthly session where departments report to student and teacher representatives;
/// each question raised there becomes a ticket, answered on the spot or tracked.
public struct Briefing: Identifiable, Equatable, Sendable {
    public typealias ID = Tagged<Briefing, UUID>

    /// A department's report at the session.
    public struct Report: Equatable, Sendable {
        public var departmentID: Department.ID
        public var summary: String
        public init(departmentID: Department.ID, summary: String) { self.departmentID = departmentID; self.summary = summary }
    }

    /// A student or teacher representative, by college.
    public struct Representative: Equatable, Sendable {
        public enum Kind: String, Codable, CaseIterable, Sendable { case student, teacher }
        public var name: String
        public var kind: Kind
        public var collegeID: GridUnit.ID?
        public init(name: String, kind: Kind, collegeID: GridUnit.ID?) { self.name = name; self.kind = kind; self.collegeID = collegeID }
    }

    public var id: ID
    public var schoolID: School.ID
    public var heldOn: LocalDate
    public var title: String
    public var place: String
    public var reports: [Report]
    public var representatives: [Representative]

    public init(id: ID, schoolID: School.ID, heldOn: LocalDate, title: String, place: String,
                reports: [Report], representatives: [Representative]) {
        self.id = id; self.schoolID = schoolID; self.heldOn = heldOn; self.title = title; self.place = place
        self.reports = reports; self.representatives = representatives
    }
}

/// What the recorder of a briefing submits.
public struct BriefingDraft: Equatable, Sendable {
    public var heldOn: LocalDate
    public var title: String
    public var place: String
    public var reports: [Briefing.Report]
    public var representatives: [Briefing.Representative]

    public init(heldOn: LocalDate, title: String, place: String, reports: [Briefing.Report], representatives: [Briefing.Representative]) {
        self.heldOn = heldOn; self.title = title; self.place = place; self.reports = reports; self.representatives = representatives
    }

    public func validated(today: LocalDate) throws -> BriefingDraft {
        var d = self
        d.title = title.trimmingCharacters(in: .whitespacesAndNewlines)
        d.place = place.trimmingCharacters(in: .whitespacesAndNewlines)
        d.reports = reports.map { .init(departmentID: $0.departmentID, summary: $0.summary.trimmingCharacters(in: .whitespacesAndNewlines)) }
            .filter { !$0.summary.isEmpty }
        d.representatives = representatives.map { .init(name: $0.name.trimmingCharacters(in: .whitespacesAndNewlines), kind: $0.kind, collegeID: $0.collegeID) }
            .filter { !$0.name.isEmpty }
        if d.title.isEmpty || d.title.count > 80 {
            throw DomainError.invalid(field: "title", message: Message(zh: "请填写主题（不超过80字）", en: "Give a title (at most 80 characters)"))
        }
        if d.place.count > 80 {
            throw DomainError.invalid(field: "place", message: Message(zh: "地点不超过80字", en: "The place may have at most 80 characters"))
        }
        if heldOn > today.adding(days: 60) {
            throw DomainError.invalid(field: "heldOn", message: Message(zh: "日期太远", en: "The date is too far ahead"))
        }
        if d.reports.contains(where: { $0.summary.count > 4000 }) {
            throw DomainError.invalid(field: "reports", message: Message(zh: "每份通报不超过4000字", en: "A report may have at most 4000 characters"))
        }
        if Set(d.reports.map(\.departmentID)).count != d.reports.count {
            throw DomainError.invalid(field: "reports", message: Message(zh: "每个部门只通报一次", en: "Each department reports once"))
        }
        return d
    }
}
