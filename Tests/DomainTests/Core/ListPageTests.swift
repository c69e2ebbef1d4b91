@testable import Domain
import Testing

extension RuleTests {
    @Suite struct ListPageTests {
        @Test(arguments: [(0, 1), (1, 1), (50, 1), (51, 2), (101, 3)])
        func pageCount_roundsUpAndIsAtLeastOne(_ total: Int, _ pages: Int) {
            #expect(ListPage<Int>(items: [], number: 1, size: 50, total: total).pageCount == pages)
        }

        @Test func map_keepsNumbering() {
            // MUT
            let page = ListPage(items: [1, 2], number: 3, size: 2, total: 9).map(String.init)
            // validate
            #expect(page.items == ["1", "2"])
            #expect(page.number == 3 && page.size == 2 && page.total == 9 && page.pageCount == 5)
        }

        @Test func listRequest_clampsAndComputesOffset() {
            #expect(ListRequest(number: 0, size: 0) == ListRequest(number: 1, size: 1))
            #expect(ListRequest(number: 2, size: 10_000).size == 500)
            #expect(ListRequest(number: 3, size: 20).offset == 40)
            #expect(ListRequest().offset == 0 && ListRequest().size == 50)
        }
    }
}
