import Domain
import Foundation

/// The addresses of the dues pages.
enum DuesRoute {
    case sheet(org: Organization.ID?, year: Int?)
    case mine(year: Int?)
    case arrears(org: Organization.ID?)
    case newPayment(org: Organization.ID?, person: Person.ID?)
    case payments
    case batch(org: Organization.ID?)
    case profiles(org: Organization.ID?, year: Int?)
    case reductions(org: Organization.ID?)
    case discussion(DuesReduction.ID)
    case decision(DuesReduction.ID)
    case ledger(org: Organization.ID?, year: Int?)
    case ledgerExport(org: Organization.ID?, year: Int?, format: String)

    var path: String {
        func q(_ org: Organization.ID?, _ year: Int? = nil) -> String {
            MeetingRoute.query([("org", org.map { $0.rawValue.uuidString }), ("year", year.map(String.init))])
        }
        switch self {
        case .sheet(let org, let year): return "/dues" + q(org, year)
        case .mine(let year): return "/dues/mine" + q(nil, year)
        case .arrears(let org): return "/dues/arrears" + q(org)
        case .newPayment(let org, let person):
            return "/dues/payments/new" + MeetingRoute.query([("org", org.map { $0.rawValue.uuidString }),
                                                             ("person", person.map { $0.rawValue.uuidString })])
        case .payments: return "/dues/payments"
        case .batch(let org): return "/dues/batch" + q(org)
        case .profiles(let org, let year): return "/dues/profiles" + q(org, year)
        case .reductions(let org): return "/dues/reductions" + q(org)
        case .discussion(let id): return "/dues/reductions/\(id.rawValue)/discussion"
        case .decision(let id): return "/dues/reductions/\(id.rawValue)/decision"
        case .ledger(let org, let year): return "/dues/ledger" + q(org, year)
        case .ledgerExport(let org, let year, let format): return "/dues/ledger/export.\(format)" + q(org, year)
        }
    }
}
