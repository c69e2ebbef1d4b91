import Domain
import Persistence
import Vapor

extension ReportUnitQuery {
    /// Reads `unit` and `date` from the query string; a malformed one is a 400, never a silent "all" or "today".
    init(_ request: Request) throws {
        unitID = try request.optionalID("unit")
        day = try request.optionalDate("date")
    }
}

/// What every staff page of the daily reports starts from: the actor's school, the unit and the day asked for.
struct ReportStaffRequest: Sendable {
    var actor: Actor
    var school: School.ID
    var query: ReportUnitQuery
    var day: LocalDate
    var today: LocalDate

    init(_ request: Request) async throws {
        actor = try request.actor
        guard let school = actor.schoolID else { throw DomainError.notFound }
        self.school = school
        query = try ReportUnitQuery(request)
        today = try await request.today()
        day = query.day ?? today
    }

    /// The query with the day written out, so that links keep the day even when it was the default.
    var fixedQuery: ReportUnitQuery { query.with(day: day) }

    /// The asked unit's name (nil for the whole reach); a unit out of scope is a 404.
    func unitName(_ stores: Stores) async throws -> String? {
        guard let id = query.unitID else { return nil }
        return try await stores.grid.find(id, scope: actor.scope).name
    }
}
