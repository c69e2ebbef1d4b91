import Foundation

/// A materialised path such as `/a1b2/c3d4/`: a subtree is every path with this prefix,
/// so scope checks are one indexed prefix match instead of a recursive walk.
public struct TreePath: Hashable, Codable, Sendable, CustomStringConvertible {
    public let rawValue: String

    /// Always ends with `/`, so that `/a/b/` never claims `/a/bc/` as its subtree.
    public init(rawValue: String) { self.rawValue = rawValue.hasSuffix("/") ? rawValue : rawValue + "/" }
    public static let root = TreePath(rawValue: "/")

    public func appending(_ segment: String) -> TreePath { TreePath(rawValue: rawValue + segment + "/") }
    public func contains(_ other: TreePath) -> Bool { other.rawValue.hasPrefix(rawValue) }
    public var depth: Int { rawValue.split(separator: "/").count }
    public var description: String { rawValue }

    /// The `LIKE` pattern of this node's subtree, itself included.
    public var subtreePattern: String { rawValue + "%" }
}
