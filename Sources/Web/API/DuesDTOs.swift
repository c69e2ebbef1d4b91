import Domain
import Foundation
import Persistence
import Vapor

/// The rule applied to a category and base: amounts both in 分 (integers) and in 元 (decimal strings).
struct DuesAmountDTO: Content {
    var category: DuesCategory
    var baseFen: Int
    var base: String
    var amountFen: Int
    var amount: String
    var basisPoints: Int?
    var rule: String
    var ruleEn: String

    init(_ r: DuesRate) {
        category = r.category; baseFen = r.base; base = Fen.format(r.base); amountFen = r.amount; amount = Fen.format(r.amount)
        basisPoints = r.basisPoints; rule = r.rule.zh; ruleEn = r.rule.en
    }
}

/// One member's year on the sheet.
struct DuesMemberDTO: Content {
    struct Month: Content { var month: String; var status: String; var amountFen: Int? }
    var personId: UUID
    var name: String
    var number: String
    var category: DuesCategory?
    var baseFen: Int?
    var monthlyFen: Int?
    var rule: String?
    var paidFen: Int
    var owedFen: Int
    var months: [Month]

    init(_ m: DuesMember, sheet: DuesSheet) {
        let profile = sheet.profiles[m.personID], rate = try? profile?.rate(), statement = sheet.statements[m.personID]
        personId = m.personID.rawValue; name = m.name; number = m.number; category = profile?.category
        baseFen = profile?.monthlyBase; monthlyFen = rate?.amount; rule = rate?.rule.zh
        paidFen = statement?.paidTotal ?? 0; owedFen = statement?.owedTotal ?? 0
        months = (statement?.lines ?? []).map { line in
            let amount: Int? = switch line.status {
            case .paid(let a), .owed(let a, _): a
            default: nil
            }
            return Month(month: line.month.iso, status: line.status.code, amountFen: amount)
        }
    }
}

struct DuesSheetDTO: Content {
    var organizationId: UUID
    var organizationName: String
    var year: Int
    var currentMonth: String
    var paidFen: Int
    var owedFen: Int
    var members: [DuesMemberDTO]

    init(_ sheet: DuesSheet) {
        organizationId = sheet.organization.id.rawValue; organizationName = sheet.organization.name; year = sheet.year
        currentMonth = sheet.current.iso; paidFen = sheet.paidTotal; owedFen = sheet.owedTotal
        members = sheet.members.map { DuesMemberDTO($0, sheet: sheet) }
    }
}

struct DuesPaymentDTO: Content {
    var id: UUID
    var personId: UUID
    var month: String
    var amountFen: Int
    var actualPayFen: Int?
    var method: DuesPaymentMethod
    var paidAt: Date
    var recordedBy: String
    var recordedAt: Date

    init(_ p: DuesPayment) {
        id = p.id.rawValue; personId = p.personID.rawValue; month = p.month.iso; amountFen = p.amount; actualPayFen = p.actualPay
        method = p.method; paidAt = p.paidAt; recordedBy = p.recordedBy; recordedAt = p.recordedAt
    }
}

/// What a recording stored, and for a whole-branch month whom it skipped.
struct DuesRecordingDTO: Content {
    var count: Int
    var totalFen: Int
    var payments: [DuesPaymentDTO]
    var alreadyPaid: [UUID]
    var individually: [UUID]

    init(_ r: DuesRecording) {
        count = r.payments.count; totalFen = r.total; payments = r.payments.map(DuesPaymentDTO.init)
        alreadyPaid = r.alreadyPaid.map(\.personID.rawValue); individually = r.individually.map(\.personID.rawValue)
    }
}

/// POST /api/v1/dues/payments: `personId` and `months` for one member, or `organizationId` and `month` for the
/// whole branch.
struct DuesPaymentRequest: Content {
    var personId: UUID?
    var months: [String]?
    var organizationId: UUID?
    var month: String?
    var method: String?
    var paidOn: String?
    /// 年薪制: the month's actual pay in 元 (decimal string).
    var actualPay: String?
    var note: String?
}

struct DuesArrearsDTO: Content {
    var personId: UUID
    var name: String
    var number: String
    var months: [String]
    var amountFen: Int
    var consecutive: Int
    /// 0, 3 or 6: the consecutive unpaid months flagged.
    var flag: Int

    init(_ line: DuesArrearsLine) {
        personId = line.member.personID.rawValue; name = line.member.name; number = line.member.number
        months = line.arrears.months.map(\.iso); amountFen = line.arrears.amount; consecutive = line.arrears.consecutive
        flag = line.arrears.flag.rawValue
    }
}

struct DuesLedgerEntryDTO: Content {
    var id: UUID
    var organizationId: UUID
    var kind: DuesLedgerKind
    var amountFen: Int
    var occurredOn: String
    var counterparty: String?
    var purpose: String
    var approvalReference: String?
    var documents: [String]
    var recordedBy: String
    var recordedAt: Date

    init(_ e: DuesLedgerEntry) {
        id = e.id.rawValue; organizationId = e.organizationID.rawValue; kind = e.kind; amountFen = e.amount; occurredOn = e.occurredOn.iso
        counterparty = e.counterparty; purpose = e.purpose; approvalReference = e.approvalReference; documents = e.documents
        recordedBy = e.recordedBy; recordedAt = e.recordedAt
    }
}

struct DuesBalanceDTO: Content {
    var organizationId: UUID
    var year: Int
    var openingFen: Int
    var inflowFen: Int
    var outflowFen: Int
    var closingFen: Int
    var totalsFen: [String: Int]

    init(_ b: DuesLedgerBalance) {
        organizationId = b.organizationID.rawValue; year = b.year; openingFen = b.opening; inflowFen = b.inflow; outflowFen = b.outflow
        closingFen = b.closing; totalsFen = Dictionary(uniqueKeysWithValues: b.totals.map { ($0.key.rawValue, $0.value) })
    }
}

struct DuesLedgerDTO: Content {
    var organizationId: UUID
    var year: Int
    var balance: DuesBalanceDTO?
    var balancesBelow: [DuesBalanceDTO]
    var entries: [DuesLedgerEntryDTO]
}
