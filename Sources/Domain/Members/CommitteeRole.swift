/// A seat on the branch committee (支委).
public enum CommitteeRole: String, Codable, CaseIterable, Sendable {
    case secretary, deputySecretary = "deputy_secretary"
    case organizationCommissioner = "organization_commissioner"
    case propagandaCommissioner = "propaganda_commissioner"
    case disciplineCommissioner = "discipline_commissioner"
    case member
}
