import Domain
import FluentKit
import Foundation

/// A row of `point_rules`.
final class PointRuleRecord: Model, @unchecked Sendable {
    static let schema = "point_rules"
    @ID(key: .id) var id: UUID?
    @Field(key: "school_id") var schoolID: UUID
    @Field(key: "event") var event: String
    @Field(key: "name") var name: String
    @Field(key: "points") var points: Int
    @Field(key: "unit") var unit: String
    @OptionalField(key: "daily_cap") var dailyCap: Int?
    @OptionalField(key: "monthly_cap") var monthlyCap: Int?
    @Field(key: "needs_approval") var needsApproval: Bool
    @Field(key: "enabled") var enabled: Bool
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    func apply(_ r: PointRule) {
        id = r.id.rawValue; schoolID = r.schoolID.rawValue; event = r.event.rawValue; name = r.name
        points = r.pointsPerUnit; unit = r.unit.rawValue; dailyCap = r.dailyCap; monthlyCap = r.monthlyCap
        needsApproval = r.needsApproval; enabled = r.isEnabled
    }

    var domain: PointRule? {
        guard let event = PointEvent(rawValue: event) else { return nil }
        return PointRule(id: .init(id!), schoolID: .init(schoolID), event: event, name: name, pointsPerUnit: points,
                         unit: PointUnit(rawValue: unit) ?? .occurrence, dailyCap: dailyCap, monthlyCap: monthlyCap,
                         needsApproval: needsApproval, isEnabled: enabled)
    }
}
