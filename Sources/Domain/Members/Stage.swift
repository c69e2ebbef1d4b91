/// The steps of 发展党员 (RULES.md §3), in order.
public enum Stage: String, Codable, CaseIterable, Sendable, Comparable {
    case application, activist, developmentCandidate = "development_candidate", probationary, full

    public var politicalStatus: PoliticalStatus {
        switch self {
        case .application: .applicant
        case .activist: .activist
        case .developmentCandidate: .developmentCandidate
        case .probationary: .probationaryMember
        case .full: .fullMember
        }
    }

    public var label: Message {
        switch self {
        case .application: Message(zh: "提交入党申请", en: "application")
        case .activist: Message(zh: "确定为入党积极分子", en: "activist")
        case .developmentCandidate: Message(zh: "确定为发展对象", en: "development candidate")
        case .probationary: Message(zh: "接收为预备党员", en: "probationary member")
        case .full: Message(zh: "转为正式党员", en: "full member")
        }
    }

    public var previous: Stage? {
        let all = Stage.allCases
        let index = all.firstIndex(of: self)!
        return index == 0 ? nil : all[index - 1]
    }

    public static func < (a: Stage, b: Stage) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// The date of each step a person has reached.
public struct StageDates: Equatable, Codable, Sendable {
    public var application: LocalDate?
    public var activist: LocalDate?
    public var developmentCandidate: LocalDate?
    public var probationary: LocalDate?
    public var full: LocalDate?

    public init(application: LocalDate? = nil, activist: LocalDate? = nil, developmentCandidate: LocalDate? = nil,
                probationary: LocalDate? = nil, full: LocalDate? = nil) {
        self.application = application; self.activist = activist
        self.developmentCandidate = developmentCandidate; self.probationary = probationary; self.full = full
    }

    public subscript(stage: Stage) -> LocalDate? {
        get {
            switch stage {
            case .application: application
            case .activist: activist
            case .developmentCandidate: developmentCandidate
            case .probationary: probationary
            case .full: full
            }
        }
        set {
            switch stage {
            case .application: application = newValue
            case .activist: activist = newValue
            case .developmentCandidate: developmentCandidate = newValue
            case .probationary: probationary = newValue
            case .full: full = newValue
            }
        }
    }

    public var latestStage: Stage? { Stage.allCases.last { self[$0] != nil } }
}
