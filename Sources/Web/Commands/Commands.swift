import Vapor

/// The CLI of `zhibu` beside Vapor's own `serve` and Fluent's `migrate`.
public func registerCommands(_ app: Application) {
    app.asyncCommands.use(MigrateCommand(), as: "migrate")
    app.asyncCommands.use(DemoCommand(), as: "demo")
    app.asyncCommands.use(CreateAdminCommand(), as: "create-admin")
    app.asyncCommands.use(AuditCommand(), as: "audit")
    app.asyncCommands.use(BenchCommand(), as: "bench")
    app.asyncCommands.use(BackupCommand(), as: "backup")
    app.asyncCommands.use(ImportCommand(), as: "import")
    app.asyncCommands.use(ExportCommand(), as: "export")
}
