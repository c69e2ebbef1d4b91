@testable import Domain
import Testing

extension RosterTests {
    @Suite struct DateTests {
        private static let day = LocalDate(year: 2015, month: 11, day: 6)!
        private static let firstOfMonth = LocalDate(year: 2015, month: 11, day: 1)!

        @Test(arguments: [
            "2015-11-06", "2015/11/6", "2015.11.06", "2015.11.6", "2015年11月6日", "20151106", "2015-11-06 00:00:00",
            "2015-11-06T00:00:00", "2015/11/6 0:00", "42314", "42314.0", " 2015－11－06 ", "２０１５年１１月６日",
        ])
        func parse_readsEveryDayFormat(text: String) throws {
            #expect(try RosterDate.parse(text, field: .applicationDate) == Self.day)
        }

        @Test(arguments: ["2015.11", "2015-11", "2015年11月", "2015/11", "201511"])
        func parse_readsMonthOnlyAsTheFirst(text: String) throws {
            #expect(try RosterDate.parse(text, field: .birthDate) == Self.firstOfMonth)
        }

        @Test func parse_readsSerialsAroundThePhantomLeapDay() throws {
            #expect(try RosterDate.parse("1", field: .fullDate) == LocalDate(year: 1900, month: 1, day: 1))
            #expect(try RosterDate.parse("59", field: .fullDate) == LocalDate(year: 1900, month: 2, day: 28))
            #expect(try RosterDate.parse("61", field: .fullDate) == LocalDate(year: 1900, month: 3, day: 1))
            #expect(try RosterDate.parse("43260", field: .fullDate) == LocalDate(year: 2018, month: 6, day: 9))
            #expect(try RosterDate.parse("45658", field: .fullDate) == LocalDate(year: 2025, month: 1, day: 1))
        }

        @Test func parse_refusesSerialSixtyWhichNeverExisted() {
            let error = refusal("60", .fullDate)
            #expect(error?.message.zh.contains("1900-02-29") == true)
        }

        @Test func parse_returnsNilForEmptyText() throws {
            #expect(try RosterDate.parse("", field: .fullDate) == nil)
            #expect(try RosterDate.parse("  \n", field: .fullDate) == nil)
        }

        @Test(arguments: ["明年", "2015-13-01", "2015/2/30", "2015", "11/6/2015", "2015--11-06", "0", "2015-11-06 上午"])
        func parse_refusesUnreadableTextNamingTheField(text: String) {
            let error = refusal(text, .candidateDate)
            #expect(error?.field == "candidateDate")
            #expect(error?.message.zh.contains("确定为发展对象时间") == true)
        }

        private func refusal(_ text: String, _ field: RosterField) -> (field: String?, message: Message)? {
            do {
                let date = try RosterDate.parse(text, field: field)
                Issue.record("expected a refusal, got \(String(describing: date))")
            } catch let DomainError.invalid(field, message) {
                return (field, message)
            } catch {
                Issue.record("unexpected \(error)")
            }
            return nil
        }
    }
}
