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

    func useReportWriter(_ location: AppConfig.DatabaseLocation) throws {
        reportWriter = ReportWriter(target: try DatabaseSetup.reportWriterTarget(location, on: self), logger: logger)
        reportContexts = ReportContextCache()
        lifecycle.use(ReportWriterShutdown())
    }
}

/// Closes the writer's connection and stops its event loop with the application.
private struct ReportWriterShutdown: LifecycleHandler {
    func shutdownAsync(_ application: Application) async {
        await application.reportWriter.shutdown()
    }
}
