@testable import Domain
import Testing

extension RuleTests {
    @Suite struct TreePathTests {
        let ab = TreePath(rawValue: "/a/b/")

        @Test func appending_addsOneSegmentWithTrailingSlash() {
            #expect(TreePath.root.appending("a").appending("b") == ab)
        }

        @Test func contains_itselfAndDescendants() {
            #expect(ab.contains(ab))
            #expect(ab.contains(ab.appending("c").appending("d")))
            #expect(TreePath.root.contains(ab))
        }

        @Test func contains_ancestorSiblingOrStringPrefixSibling_false() {
            #expect(!ab.contains(TreePath(rawValue: "/a/")))
            #expect(!ab.contains(TreePath(rawValue: "/a/c/")))
            #expect(!ab.contains(TreePath(rawValue: "/a/bc/")))
            #expect(!ab.contains(TreePath(rawValue: "/x/a/b/")))
        }

        @Test func depth_countsSegments() {
            #expect(TreePath.root.depth == 0)
            #expect(ab.depth == 2)
        }

        @Test func subtreePattern_prefixLike() {
            #expect(ab.subtreePattern == "/a/b/%")
        }
    }
}
