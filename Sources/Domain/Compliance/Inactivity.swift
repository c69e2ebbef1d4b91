/// RULES.md §2 escalation, for leaders to act on; nothing is changed automatically (党章第九条 is theirs to apply).
public enum Inactivity {
    /// A member whose last attendance lies six months or more back.
    public struct Member: Equatable, Sendable {
        public var personID: Person.ID
        public var name: String
        public var organizationID: Organization.ID?
        /// The date they became a member (预备党员), after which meetings were owed.
        public var memberSince: LocalDate?
        public var lastPresent: LocalDate?

        public init(personID: Person.ID, name: String, organizationID: Organization.ID?, memberSince: LocalDate?,
                    lastPresent: LocalDate?) {
            self.personID = personID; self.name = name; self.organizationID = organizationID
            self.memberSince = memberSince; self.lastPresent = lastPresent
        }

        /// Since when the member has not attended: their last attendance, else the day they joined.
        public var absentSince: LocalDate? { lastPresent ?? memberSince }
    }

    public static let memberMonths = 6
    public static let branchReportMonths = 3
    public static let branchHandleMonths = 6

    /// Members absent six months or more as of today; members of less than six months are not judged.
    /// Months count forward from the last attendance, as `StageRules` counts them (31 Dec + 6 months = 30 Jun).
    public static func absentMembers(_ members: [Member], today: LocalDate) -> [Member] {
        members.filter { member in
            guard let since = member.absentSince else { return false }
            return since.adding(months: memberMonths) <= today
        }.sorted { ($0.absentSince!, $0.name) < ($1.absentSince!, $1.name) }
    }

    /// A branch's level of concern: reported after three quiet months, handled by the organisation after six.
    public enum Level: String, Codable, Sendable {
        case report, handle

        public var label: Message {
            switch self {
            case .report: Message(zh: "三个月无活动：上报", en: "3 months without activity: report")
            case .handle: Message(zh: "六个月无活动：组织处理", en: "6 months without activity: to be handled")
            }
        }
    }

    public struct Branch: Equatable, Sendable {
        public var subject: ComplianceSubject
        public var lastMeeting: LocalDate?
        public var level: Level

        public init(subject: ComplianceSubject, lastMeeting: LocalDate?, level: Level) {
            self.subject = subject; self.lastMeeting = lastMeeting; self.level = level
        }
    }

    /// Branches without any held meeting for three months or more (counted from founding if none ever);
    /// dissolved ones are left out.
    public static func quietBranches(_ subjects: [ComplianceSubject], lastMeeting: [Organization.ID: LocalDate],
                                     today: LocalDate) -> [Branch] {
        subjects.compactMap { subject -> Branch? in
            if let dissolved = subject.dissolvedOn, dissolved <= today { return nil }
            guard let since = lastMeeting[subject.id] ?? subject.foundedOn else {
                return Branch(subject: subject, lastMeeting: nil, level: .handle)
            }
            if since.adding(months: branchHandleMonths) <= today {
                return Branch(subject: subject, lastMeeting: lastMeeting[subject.id], level: .handle)
            }
            if since.adding(months: branchReportMonths) <= today {
                return Branch(subject: subject, lastMeeting: lastMeeting[subject.id], level: .report)
            }
            return nil
        }
    }
}
