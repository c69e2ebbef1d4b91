import Domain

/// 党费's operations and bodies, mirroring API+DuesController.swift and DuesDTOs.swift. Money is integer 分 in
/// fields named `…Fen`; a base or amount typed by a person is 元 as a decimal string ("3000.01").
extension OpenAPIDocument {
    private typealias Q = Parameter
    private static func ref(_ name: String) -> JSONValue { JSONSchema.ref(name) }
    private static let duesIdempotencyKey = Parameter(name: "Idempotency-Key", location: "header", required: false,
                                                      description: "Up to 100 printable ASCII characters, unique per recorder",
                                                      schema: JSONSchema.string())
    private static let org = Q.query("org", JSONSchema.uuid, "The organisation (default: the caller's first in scope); outside the scope: 404")
    private static let year = Q.query("year", JSONSchema.integer(minimum: 2000, maximum: 2100), "Calendar year (default: this year)")

    static let duesSpecs: [String: OperationSpec] = [
        "GET api/v1/dues/amount": OperationSpec(
            summary: "The monthly dues for a category and base, with the rule applied (RULES.md §2, rounded half up to the 分)",
            query: [Q.query("category", JSONSchema.codes(DuesCategory.self), "The dues category (required)"),
                    Q.query("base", JSONSchema.string(format: nil, "Monthly base in 元 as a decimal string with at most 2 decimals, e.g. 3000.01"),
                            "Monthly base in 元 (decimal string, e.g. \"3000.01\"); needed except for the flat categories"),
                    Q.query("baseFen", JSONSchema.integer(minimum: 0), "The base in 分 instead of `base` (e.g. 300001)")],
            response: ref("DuesAmount"), errors: [422]),
        "GET api/v1/dues": OperationSpec(
            summary: "An organisation's members × months for a year (paid / owed / exempt…); without org a member gets their own",
            query: [org, year], response: ref("DuesSheet")),
        "POST api/v1/dues/payments": OperationSpec(
            summary: "Record one member's months (personId + months; 补交 at most 6 months back) or a month for the whole branch "
                + "(organizationId + month: members already paid are skipped and reported). Amounts follow the rule. "
                + "With an Idempotency-Key a retry is answered the same and stores once",
            query: [duesIdempotencyKey], body: ref("DuesPaymentRequest"), status: 201, response: ref("DuesRecording"), errors: [409, 422]),
        "GET api/v1/dues/arrears": OperationSpec(
            summary: "Members with months owed and unpaid (last 24 months, across year ends), flagged at 3 and 6 in a row",
            query: [org], response: JSONSchema.array(ref("DuesArrears"))),
        "GET api/v1/dues/ledger": OperationSpec(
            summary: "An organisation's dues ledger for a year: lines, its balance and the balances of the organisations below",
            query: [org, year], response: ref("DuesLedger")),
        "POST api/v1/dues/ledger": OperationSpec(
            summary: "Add a line to an organisation's dues ledger (spending, allocating and relief need an approval reference)",
            query: [duesIdempotencyKey], body: ref("DuesLedgerRequest"), status: 201, response: ref("DuesLedgerEntry"), errors: [422]),
    ]

    static var duesSchemas: [String: JSONValue] {
        let s = JSONSchema.self
        let text = s.string(format: nil), fen = s.integer, yuan = s.string(format: nil, "元, decimal string with 2 decimals")
        let month = s.string(format: nil, "YYYY-MM")
        return [
            "DuesAmount": s.object("The rule applied to a category and base", required: ["category", "baseFen", "amountFen", "rule"], [
                "category": s.codes(DuesCategory.self), "baseFen": fen, "base": yuan, "amountFen": fen, "amount": yuan,
                "basisPoints": s.integer, "rule": s.string(format: nil, "The rule in Chinese, e.g. 5000 < 基数 ≤ 10000：1.5%"), "ruleEn": text,
            ]),
            "DuesMember": s.object("One member's year", required: ["personId", "name", "number", "paidFen", "owedFen", "months"], [
                "personId": s.uuid, "name": text, "number": text, "category": s.codes(DuesCategory.self), "baseFen": fen,
                "monthlyFen": fen, "rule": text, "paidFen": fen, "owedFen": fen,
                "months": s.array(s.object("One month", required: ["month", "status"], [
                    "month": month, "status": ["type": "string", "enum": .array(DuesMonthStatus.codes.map { .string($0) })], "amountFen": fen])),
            ]),
            "DuesSheet": s.object("An organisation's dues for a year",
                                  required: ["organizationId", "organizationName", "year", "currentMonth", "paidFen", "owedFen", "members"], [
                "organizationId": s.uuid, "organizationName": text, "year": s.integer, "currentMonth": month, "paidFen": fen,
                "owedFen": fen, "members": s.array(ref("DuesMember")),
            ]),
            "DuesPaymentRequest": s.object("One member (personId, months) or the whole branch (organizationId, month)", required: ["method"], [
                "personId": s.uuid, "months": s.array(month), "organizationId": s.uuid, "month": month,
                "method": s.codes(DuesPaymentMethod.self), "paidOn": s.date,
                "actualPay": s.string(format: nil, "年薪制: the month's actual pay in 元 (decimal string)"), "note": text,
            ]),
            "DuesPayment": s.object("One member's dues for one month", required: ["id", "personId", "month", "amountFen", "method"], [
                "id": s.uuid, "personId": s.uuid, "month": month, "amountFen": fen, "actualPayFen": fen,
                "method": s.codes(DuesPaymentMethod.self), "paidAt": s.dateTime, "recordedBy": text, "recordedAt": s.dateTime,
            ]),
            "DuesRecording": s.object("What a recording stored", required: ["count", "totalFen", "payments", "alreadyPaid", "individually"], [
                "count": s.integer, "totalFen": fen, "payments": s.array(ref("DuesPayment")),
                "alreadyPaid": s.array(s.uuid), "individually": s.array(s.uuid),
            ]),
            "DuesArrears": s.object("A member's unpaid months", required: ["personId", "months", "amountFen", "consecutive", "flag"], [
                "personId": s.uuid, "name": text, "number": text, "months": s.array(month), "amountFen": fen,
                "consecutive": s.integer, "flag": ["type": "integer", "enum": [0, 3, 6]],
            ]),
            "DuesLedgerEntry": s.object("A line of the dues ledger", required: ["id", "organizationId", "kind", "amountFen", "occurredOn", "purpose"], [
                "id": s.uuid, "organizationId": s.uuid, "kind": s.codes(DuesLedgerKind.self), "amountFen": fen, "occurredOn": s.date,
                "counterparty": text, "purpose": text, "approvalReference": text, "documents": s.array(text), "recordedBy": text,
                "recordedAt": s.dateTime,
            ]),
            "DuesLedgerRequest": s.object("A new ledger line", required: ["org", "kind", "amount", "occurredOn", "purpose"], [
                "org": s.uuid, "kind": s.codes(DuesLedgerKind.self), "amount": yuan, "occurredOn": s.date, "counterparty": text,
                "purpose": text, "approvalReference": text, "documentNames": s.array(text),
            ]),
            "DuesBalance": s.object("An organisation's year", required: ["organizationId", "year", "openingFen", "inflowFen", "outflowFen", "closingFen"], [
                "organizationId": s.uuid, "year": s.integer, "openingFen": fen, "inflowFen": fen, "outflowFen": fen, "closingFen": fen,
                "totalsFen": ["type": "object", "additionalProperties": fen],
            ]),
            "DuesLedger": s.object("An organisation's ledger for a year", required: ["organizationId", "year", "balancesBelow", "entries"], [
                "organizationId": s.uuid, "year": s.integer, "balance": ref("DuesBalance"), "balancesBelow": s.array(ref("DuesBalance")),
                "entries": s.array(ref("DuesLedgerEntry")),
            ]),
        ]
    }
}
