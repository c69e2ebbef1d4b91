import Domain
import Persistence

/// The robot pages' addresses (kept beside SiteRoute so that views hold no string URLs).
enum RobotRoute {
    case index(Organization.ID)
    case delete(Organization.ID, RegisteredRobot.ID)
    case test(Organization.ID, RegisteredRobot.ID)

    var path: String {
        switch self {
        case .index(let id): "/organizations/\(id.rawValue)/robots"
        case .delete(let id, let robot): "/organizations/\(id.rawValue)/robots/\(robot.rawValue)/delete"
        case .test(let id, let robot): "/organizations/\(id.rawValue)/robots/\(robot.rawValue)/test"
        }
    }
}
