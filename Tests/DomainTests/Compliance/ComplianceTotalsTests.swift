@testable import Domain
import Testing

extension RuleTests {
    /// The board's totals: every branch's cells count for its college and for the school.
    @Suite struct ComplianceTotalsTests {
        typealias F = ComplianceFixture

        static func cell(_ org: Int, _ status: ComplianceStatus) -> ComplianceCell {
            ComplianceCell(organizationID: F.org(org), requirement: MeetingRules.standard.requirements[1],
                           period: Period(unit: .month, year: 2026, index: 1), status: status, meetingIDs: [],
                           completeCount: 0, heldCount: 0, explanation: Message(zh: "", en: ""))
        }

        static func totals(_ statuses: [ComplianceStatus]) -> ComplianceTotals {
            var totals = ComplianceTotals()
            for status in statuses { totals.add(status) }
            return totals
        }

        /// School `/s/`: college 1 holds branches 1 and 2, college 2 holds branch 3. Branch 9 has no known path.
        @Test func rollUp_sumsBranchesIntoCollegeAndSchool() throws {
            // setup
            let paths = [1, 2, 3].reduce(into: [Organization.ID: TreePath]()) { paths, n in
                paths[F.org(n)] = TreePath(rawValue: n == 3 ? "/s/c2/b3/" : "/s/c1/b\(n)/")
            }
            let cells = [Self.cell(1, .done), Self.cell(1, .overdue), Self.cell(2, .done), Self.cell(2, .due),
                         Self.cell(3, .notApplicable), Self.cell(3, .incomplete), Self.cell(9, .overdue)]
            // MUT
            let totals = ComplianceTotals.rollUp(cells, paths: paths)
            // validate
            #expect(totals[TreePath(rawValue: "/s/c1/b1/")] == Self.totals([.done, .overdue]))
            #expect(totals[TreePath(rawValue: "/s/c1/b2/")] == Self.totals([.done, .due]))
            #expect(totals[TreePath(rawValue: "/s/c1/")] == Self.totals([.done, .overdue, .done, .due]))
            #expect(totals[TreePath(rawValue: "/s/c2/")] == Self.totals([.notApplicable, .incomplete]))
            let school = try #require(totals[TreePath(rawValue: "/s/")])
            #expect(school == Self.totals([.done, .overdue, .done, .due, .notApplicable, .incomplete]))
            #expect(school[.done] == 2)
            #expect(school[.upcoming] == 0)
            #expect(totals.count == 6)
        }

        @Test func rollUp_boardCellsOfTwoBranches_schoolCountsBoth() throws {
            // setup
            let subjects = [try F.branch(1), try F.branch(2, college: 2)]
            let cells = try F.board(today: "2026-03-15").cells(for: subjects, facts: [])
            let paths = Dictionary(uniqueKeysWithValues: subjects.map { ($0.id, $0.path) })
            // MUT
            let totals = ComplianceTotals.rollUp(cells, paths: paths)
            // validate: each branch owes 35 cells in 2026 (RULES.md §1 table)
            let school = try #require(totals[TreePath(rawValue: "/s/")])
            #expect(ComplianceStatus.allCases.reduce(0) { $0 + school[$1] } == 70)
            #expect(totals[TreePath(rawValue: "/s/c1/")]?[.overdue] == totals[TreePath(rawValue: "/s/c2/")]?[.overdue])
            // January and February of the two monthly kinds have ended empty: 2 × 2 × 2 gaps.
            #expect(school[.overdue] == 8)
        }

        @Test(arguments: [
            ("/a/b/c/", ["/a/", "/a/b/", "/a/b/c/"]),
            ("/s/", ["/s/"]),
            ("/s/c1/b1/g2/", ["/s/", "/s/c1/", "/s/c1/b1/", "/s/c1/b1/g2/"]),
        ])
        func selfAndAncestors_everyPrefixFromTheTop(_ path: String, _ expected: [String]) {
            #expect(TreePath(rawValue: path).selfAndAncestors == expected.map { TreePath(rawValue: $0) })
        }

        /// Done out of the cells whose period ended or that were satisfied; current (due), future and inapplicable
        /// cells are left out of the rate.
        @Test(arguments: [
            ([ComplianceStatus](), Int?.none),
            ([.due, .notApplicable, .upcoming, .upcoming], nil),
            ([.done, .done, .done, .overdue], 750),
            ([.done, .incomplete, .overdue, .due, .upcoming], 333),
            ([.done, .done], 1000),
            ([.overdue, .incomplete], 0),
            ([.done, .overdue, .notApplicable, .due], 500),
        ])
        func completionPerMille_doneOutOfEnded(_ statuses: [ComplianceStatus], _ expected: Int?) {
            #expect(Self.totals(statuses).completionPerMille == expected)
        }

        @Test func judged_countsOwedAndDone_notInapplicableOrFuture() {
            // setup
            let totals = Self.totals([.done, .incomplete, .due, .overdue, .notApplicable, .upcoming, .upcoming])
            // MUT / validate
            #expect(totals.judged == 4)
            #expect(totals[.upcoming] == 2)
        }

        @Test func add_withCount_accumulates() {
            // setup
            var totals = ComplianceTotals()
            // MUT
            totals.add(.overdue, count: 3)
            totals.add(.overdue)
            // validate
            #expect(totals[.overdue] == 4)
            #expect(totals[.done] == 0)
        }
    }
}
