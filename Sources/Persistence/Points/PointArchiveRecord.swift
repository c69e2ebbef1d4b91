import Domain
import FluentKit
import Foundation

/// A row of `point_archives`; its totals are read with SQL (`point_archive_totals`).
final class PointArchiveRecord: Model, @unchecked Sendable {
    static let schema = "point_archives"
    @ID(key: .id) var id: UUID?
    @Field(key: "school_id") var schoolID: UUID
    @Field(key: "year") var year: Int
    @Field(key: "frozen_at") var frozenAt: Date
    @Field(key: "frozen_by") var frozenBy: String

    init() {}
}
