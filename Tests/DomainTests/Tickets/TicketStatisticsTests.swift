@testable import Domain
import Testing

extension RuleTests {
    /// A department's figures: integers to the page (per mille, tenths of a star), and the school's total line.
    @Suite struct TicketStatisticsTests {
        typealias F = TicketFixture

        /// Answered in time out of answered, per mille, rounded down.
        @Test(arguments: [(0, 0, Int?.none), (0, 5, 0), (1, 1, 1000), (3, 4, 750), (2, 3, 666), (1, 7, 142), (5, 5, 1000)])
        func onTimeRate_perMille(_ onTime: Int, _ answered: Int, _ expected: Int?) {
            // setup
            let row = TicketStatistics(departmentID: F.department1, received: 10, answered: answered, answeredOnTime: onTime)
            // MUT / validate
            #expect(row.onTimeRate == expected)
        }

        /// Mean stars in tenths, rounded half up: 23/5 = 4.6, 9/2 = 4.5, 14/3 = 4.67, 13/3 = 4.33, 49/20 = 2.45.
        @Test(arguments: [(0, 0, Int?.none), (23, 5, 46), (9, 2, 45), (14, 3, 47), (13, 3, 43), (49, 20, 25),
                          (1, 1, 10), (5, 1, 50), (10, 3, 33), (11, 3, 37)])
        func satisfactionTenths_roundedHalfUp(_ sum: Int, _ rated: Int, _ expected: Int?) {
            // setup
            let row = TicketStatistics(departmentID: F.department1, rated: rated, ratingSum: sum)
            // MUT / validate
            #expect(row.satisfactionTenths == expected)
        }

        @Test(arguments: [(0, 0.0, Double?.none), (2, 36_000, 5), (4, 3_600, 0.25)])
        func averageHoursToAnswer_meanOverAnswered(_ answered: Int, _ seconds: Double, _ expected: Double?) {
            // setup
            let row = TicketStatistics(departmentID: F.department1, answered: answered, secondsToAnswer: seconds)
            // MUT / validate
            #expect(row.averageHoursToAnswer == expected)
        }

        @Test func total_addsEveryColumn() {
            // setup
            let rows = [
                TicketStatistics(departmentID: F.department1, received: 10, answered: 8, answeredOnSpot: 2, answeredOnTime: 6,
                                 overdue: 3, open: 2, secondsToAnswer: 36_000, rated: 5, ratingSum: 23),
                TicketStatistics(departmentID: F.department2, received: 4, answered: 4, answeredOnSpot: 1, answeredOnTime: 3,
                                 overdue: 1, open: 0, secondsToAnswer: 7_200, rated: 2, ratingSum: 9),
            ]
            let school = Department.ID(RuleFixture.uuid(499))
            // MUT
            let total = TicketStatistics.total(rows, id: school)
            // validate
            #expect(total == TicketStatistics(departmentID: school, received: 14, answered: 12, answeredOnSpot: 3,
                                              answeredOnTime: 9, overdue: 4, open: 2, secondsToAnswer: 43_200,
                                              rated: 7, ratingSum: 32))
            #expect(total.onTimeRate == 750)
            #expect(total.satisfactionTenths == 46)
            #expect(total.averageHoursToAnswer == 1)
        }

        @Test func total_noRows_zerosAndNoRates() {
            // MUT
            let total = TicketStatistics.total([], id: F.department1)
            // validate
            #expect(total == TicketStatistics(departmentID: F.department1))
            #expect(total.onTimeRate == nil && total.satisfactionTenths == nil && total.averageHoursToAnswer == nil)
        }
    }
}
