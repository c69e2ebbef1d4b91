/// Where a pledge stands. The raw values are stored: keep them.
/// draft → published → progress_reported (repeatable) → fulfilment_reported → appraised.
public enum PledgeStatus: String, Codable, CaseIterable, Sendable {
    /// Written, seen by its owner only.
    case draft
    /// 亮承诺: on the wall for everyone in the school.
    case published
    /// At least one progress report.
    case progressReported = "progress_reported"
    /// The owner says it is done, with evidence.
    case fulfilmentReported = "fulfilment_reported"
    /// The branch committee has judged it: final.
    case appraised

    /// Seen by everyone at the school (not a draft).
    public var isPublic: Bool { self != .draft }
}

/// The committee's judgement at the period's end.
public enum PledgeVerdict: String, Codable, CaseIterable, Sendable {
    case fulfilled
    case partly
    case notFulfilled = "not_fulfilled"
}
