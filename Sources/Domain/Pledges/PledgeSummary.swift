/// A pledge as the wall lists it: with its owner, the post it belongs to, how far it got and what the masses say.
public struct PledgeSummary: Equatable, Sendable {
    public var pledge: Pledge
    public var ownerName: String
    public var post: Post?
    /// Progress and fulfilment reports so far.
    public var updateCount: Int
    public var ratings: PledgeRatingSummary
    /// Visible comments (hidden ones are not counted).
    public var commentCount: Int

    public init(pledge: Pledge, ownerName: String, post: Post?, updateCount: Int, ratings: PledgeRatingSummary, commentCount: Int) {
        self.pledge = pledge; self.ownerName = ownerName; self.post = post; self.updateCount = updateCount
        self.ratings = ratings; self.commentCount = commentCount
    }
}
