import Foundation
import Tagged

/// 积分规则: what one event earns in a school. Rules are data: the organisation department edits the points, the
/// caps, whether an entry waits for approval and whether the rule is in force.
public struct PointRule: Identifiable, Equatable, Sendable {
    public typealias ID = Tagged<PointRule, UUID>
    public var id: ID
    public var schoolID: School.ID
    public var event: PointEvent
    public var name: String
    public var pointsPerUnit: Int
    public var unit: PointUnit
    /// At most this many points by this rule per member and day / calendar month; nil means no cap.
    public var dailyCap: Int?
    public var monthlyCap: Int?
    public var needsApproval: Bool
    public var isEnabled: Bool

    public init(id: ID, schoolID: School.ID, event: PointEvent, name: String, pointsPerUnit: Int, unit: PointUnit,
                dailyCap: Int?, monthlyCap: Int?, needsApproval: Bool, isEnabled: Bool = true) {
        self.id = id; self.schoolID = schoolID; self.event = event; self.name = name; self.pointsPerUnit = pointsPerUnit
        self.unit = unit; self.dailyCap = dailyCap; self.monthlyCap = monthlyCap; self.needsApproval = needsApproval
        self.isEnabled = isEnabled
    }

    public static let maximumPoints = 1000

    /// Points before caps: whole units times the points of one.
    public func points(for quantity: Int) -> Int { unit.units(of: quantity) * pointsPerUnit }

    /// Refuses what the editor must not save: a blank or long name, points outside 1…1000, a negative cap, or a
    /// monthly cap below the daily one.
    public func validated() throws -> PointRule {
        var rule = self
        rule.name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !rule.name.isEmpty, rule.name.count <= 50 else {
            throw DomainError.invalid(field: "name", message: Message(zh: "请填写规则名称（不超过50字）", en: "Give the rule a name (at most 50 characters)"))
        }
        guard (1...Self.maximumPoints).contains(pointsPerUnit) else {
            throw DomainError.invalid(field: "points", message: Message(zh: "分值应为1到\(Self.maximumPoints)之间的整数",
                                                                        en: "Points must be a whole number from 1 to \(Self.maximumPoints)"))
        }
        for (field, cap) in [("dailyCap", dailyCap), ("monthlyCap", monthlyCap)] where (cap ?? 0) < 0 {
            throw DomainError.invalid(field: field, message: Message(zh: "上限不能为负数", en: "A cap cannot be negative"))
        }
        if let day = dailyCap, let month = monthlyCap, month < day {
            throw DomainError.invalid(field: "monthlyCap", message: Message(zh: "每月上限不能小于每日上限",
                                                                            en: "The monthly cap cannot be below the daily cap"))
        }
        return rule
    }
}
