import Domain
import Foundation
import Persistence
import Vapor

/// A point rule as the API shows it.
struct PointRuleDTO: Content {
    var id: UUID
    var event: PointEvent
    var name: String
    var points: Int
    var unit: PointUnit
    var dailyCap: Int?
    var monthlyCap: Int?
    var needsApproval: Bool
    var enabled: Bool

    init(_ r: PointRule) {
        id = r.id.rawValue; event = r.event; name = r.name; points = r.pointsPerUnit; unit = r.unit
        dailyCap = r.dailyCap; monthlyCap = r.monthlyCap; needsApproval = r.needsApproval; enabled = r.isEnabled
    }
}

/// A ledger entry as the API shows it.
struct PointEntryDTO: Content {
    var id: UUID
    var personId: UUID
    var personName: String
    var event: PointEvent
    var quantity: Int
    var points: Int
    var requestedPoints: Int
    var day: String
    var status: PointStatus
    var source: String?
    var evidence: String
    var proposedBy: String
    var decidedBy: String?
    var decidedAt: Date?
    var note: String?
    var corrects: UUID?
    var createdAt: Date

    init(_ e: PointEntry, name: String?) {
        id = e.id.rawValue; personId = e.personID.rawValue; personName = name ?? ""; event = e.event; quantity = e.quantity
        points = e.points; requestedPoints = e.requestedPoints; day = e.day.iso; status = e.status; source = e.source
        evidence = e.evidence; proposedBy = e.proposedBy; decidedBy = e.decidedBy; decidedAt = e.decidedAt; note = e.note
        corrects = e.corrects?.rawValue; createdAt = e.createdAt
    }
}

/// A ledger page with the person's counted balance.
struct PointLedgerDTO: Content {
    var personId: UUID
    var balance: Int
    var entries: PageDTO<PointEntryDTO>
}

struct PointRankingDTO: Content {
    struct Line: Content { var personId: UUID; var name: String; var points: Int; var rank: Int }
    var organizationId: UUID
    var organizationName: String
    var period: String
    var lines: [Line]
}

/// A manual entry proposed through the API: `day` defaults to today, `person` to the caller.
struct PointEntryRequest: Content {
    var person: UUID?
    var event: PointEvent
    var quantity: Int?
    var day: String?
    var evidence: String?
}

struct PointDecisionRequest: Content {
    var decision: String
    var reason: String?
}

struct PointCorrectionRequest: Content {
    var points: Int
    var reason: String
}

struct NominationDTO: Content {
    var id: UUID
    var year: Int
    var title: String
    var subject: Nomination.Subject
    var criterion: String
    var value: Int
    var shortlist: [Nomination.Candidate]
    var chosen: [UUID]
    var reason: String?
    var decidedBy: String?
    var decidedAt: Date?

    init(_ n: Nomination) {
        id = n.id.rawValue; year = n.year; title = n.title; subject = n.subject; shortlist = n.shortlist; chosen = n.chosen
        reason = n.reason; decidedBy = n.decidedBy; decidedAt = n.decidedAt
        switch n.criterion {
        case .top(let count): criterion = "top"; value = count
        case .threshold(let points): criterion = "threshold"; value = points
        }
    }
}

/// A shortlist to draw (`criterion` top or threshold, with `value`) or a final choice to record.
struct NominationRequest: Content {
    var year: Int
    var title: String
    var subject: Nomination.Subject
    var criterion: String
    var value: Int

    func parsedCriterion() throws -> Nomination.Criterion {
        switch criterion {
        case "top": return .top(value)
        case "threshold": return .threshold(value)
        default: throw DomainError.invalid(field: "criterion", message: Message(zh: "请选择按名次或按分数线", en: "criterion is top or threshold"))
        }
    }
}

struct NominationDecisionRequest: Content {
    var chosen: [UUID]
    var reason: String
}
