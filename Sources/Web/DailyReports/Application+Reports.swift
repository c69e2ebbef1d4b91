import Persistence
import Vapor

extension Application {
    private struct ReportWriterKey: StorageKey { typealias Value = ReportWriter }
    private struct ReportContextKey: StorageKey { typealias Value = ReportContextCache }

    /// The process's one writer of daily reports (group commit), made on first use.
    var reportWriter: ReportWriter {
        get { storage[ReportWriterKey.self]! }
        set { storage[ReportWriterKey.self] = newValue }
    }

    var reportContexts: ReportContextCache {
        get { storage[ReportContextKey.self]! }
        set { storage[ReportContextKey.self] = newValue }
    }

    func useReportWriter() {
        reportWriter = ReportWriter(database: DatabaseSetup.reportWriter(self), logger: logger)
        reportContexts = ReportContextCache()
    }
}
