import FluentKit
import Foundation

final class ImportRecord: Model, @unchecked Sendable {
    static let schema = "imports"
    @ID(key: .id) var id: UUID?
    @Field(key: "school_id") var schoolID: UUID
    @Field(key: "account_id") var accountID: UUID
    @Field(key: "file_name") var fileName: String
    @Field(key: "kind") var kind: String
    @Field(key: "status") var status: String
    @Field(key: "total_rows") var totalRows: Int
    @Field(key: "processed_rows") var processedRows: Int
    @Field(key: "created_count") var createdCount: Int
    @Field(key: "skipped_count") var skippedCount: Int
    @Field(key: "error_count") var errorCount: Int
    @Field(key: "report") var report: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}
