import Domain

/// The DailyReport operations and bodies of the API.
extension OpenAPIDocument {
    static let dailyReportSpecs: [String: OperationSpec] = [:]
    static var dailyReportSchemas: [String: JSONValue] { [:] }
}
