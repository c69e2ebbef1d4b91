import Foundation
import Tagged

/// 党员先锋岗 / 党员示范岗: a post a member holds, shown publicly.
public struct Post: Identifiable, Equatable, Sendable {
    public typealias ID = Tagged<Post, UUID>
    public var id: ID
    public var kind: Kind
    public var title: String
    public var since: LocalDate?

    public init(id: ID, kind: Kind, title: String, since: LocalDate? = nil) {
        self.id = id; self.kind = kind; self.title = title; self.since = since
    }

    public enum Kind: String, Codable, CaseIterable, Sendable { case vanguard, model }
}
