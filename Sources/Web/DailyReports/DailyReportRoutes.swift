/// The daily reports' endpoints: the student's page, the units' pages, the form and reminders, the API.
enum DailyReportRoutes {
    static var endpoints: [Endpoint] {
        DailyReportPagesController.endpoints + ReportFormController.endpoints + API.DailyReportsController.endpoints
    }
}
