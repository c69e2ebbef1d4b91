/// What someone does to a pledge once it exists. Comments and ratings are the masses' (see `PledgeTransition`).
public enum PledgeAction: Equatable, Sendable {
    /// The owner rewrites a draft.
    case edit(PledgeDraft)
    /// 亮承诺: the owner puts the draft on the wall.
    case publish
    case reportProgress(PledgeReport)
    case reportFulfilment(PledgeReport)
    /// The branch committee's judgement.
    case appraise(PledgeVerdict, remark: String)

    public var code: String {
        switch self {
        case .edit: "edit"
        case .publish: "publish"
        case .reportProgress: "progress"
        case .reportFulfilment: "fulfilment"
        case .appraise: "appraise"
        }
    }
}

/// How an actor stands to one pledge. Derived by `PledgeParty.of` from the actor and their committee seat.
public struct PledgeParty: Equatable, Sendable {
    public var isOwner: Bool
    /// On the committee (支委) of the pledge's branch.
    public var isCommittee: Bool
    /// The branch's secretary or deputy: hides comments.
    public var isSecretary: Bool
    /// Logged in at the pledge's school with the right to comment and rate (群众监督).
    public var isSupervisor: Bool

    public init(isOwner: Bool = false, isCommittee: Bool = false, isSecretary: Bool = false, isSupervisor: Bool = false) {
        self.isOwner = isOwner; self.isCommittee = isCommittee; self.isSecretary = isSecretary; self.isSupervisor = isSupervisor
    }

    /// A seat on a committee: its role and the path of the branch it belongs to.
    public struct Seat: Equatable, Sendable {
        public var role: CommitteeRole
        public var organizationPath: TreePath
        public init(role: CommitteeRole, organizationPath: TreePath) { self.role = role; self.organizationPath = organizationPath }
    }

    /// The committee of a branch is whoever holds a seat on it (the person's committee role in that branch, or one
    /// above its party groups), or an account with the branch-secretary role over it; all need `appraisePledges`.
    public static func of(_ pledge: Pledge, actor: Actor, seat: Seat?) -> PledgeParty {
        let atSchool = actor.scope.includes(school: pledge.schoolID)
        let seated = seat.map { $0.organizationPath.contains(pledge.organizationPath) } == true
        let secretaryRole = actor.roles.contains(.branchSecretary) && actor.scope.includes(organizationPath: pledge.organizationPath)
        let committee = atSchool && actor.may(.appraisePledges) && (seated || secretaryRole)
        let secretarySeat = seated && (seat?.role == .secretary || seat?.role == .deputySecretary)
        return PledgeParty(isOwner: actor.personID == pledge.personID, isCommittee: committee,
                           isSecretary: committee && (secretarySeat || secretaryRole),
                           isSupervisor: atSchool && actor.may(.commentOnPledges))
    }
}
