import Domain
import Foundation
import Persistence
import Vapor

/// The payment form as typed, kept whole so that a refused submission shows everything again.
struct DuesPaymentForm: Content {
    var org: String = ""
    var person: String = ""
    var months: [String] = []
    var method: String = DuesPaymentMethod.wechat.rawValue
    var paidOn: String = ""
    var actualPay: String = ""
    var note: String = ""
    /// The form's one-time token: a second press of the button stores once.
    var submission: String = UUID().uuidString

    init() {}

    /// A field the browser left out counts as empty, so that the form comes back with a message rather than a 400.
    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        org = try c.decodeIfPresent(String.self, forKey: .org) ?? ""
        person = try c.decodeIfPresent(String.self, forKey: .person) ?? ""
        months = (try? c.decodeIfPresent([String].self, forKey: .months)) ?? (try? c.decodeIfPresent(String.self, forKey: .months)).map { [$0] } ?? []
        method = try c.decodeIfPresent(String.self, forKey: .method) ?? ""
        paidOn = try c.decodeIfPresent(String.self, forKey: .paidOn) ?? ""
        actualPay = try c.decodeIfPresent(String.self, forKey: .actualPay) ?? ""
        note = try c.decodeIfPresent(String.self, forKey: .note) ?? ""
        submission = try c.decodeIfPresent(String.self, forKey: .submission) ?? UUID().uuidString
    }

    func input(zone: TimeZone) throws -> DuesPaymentInput {
        guard let id = UUID(uuidString: person) else {
            throw DomainError.invalid(field: "person", message: Message(zh: "请选择党员", en: "Choose the member"))
        }
        let months = try months.filter { !$0.isEmpty }.map { try Request.yearMonth($0, field: "months") }
        var paidAt: Date?
        if !paidOn.isEmpty {
            guard let day = LocalDate(iso: paidOn) else {
                throw DomainError.invalid(field: "paidOn", message: Message(zh: "日期格式应为YYYY-MM-DD", en: "paidOn must be YYYY-MM-DD"))
            }
            paidAt = day.start(in: zone).addingTimeInterval(12 * 3600)
        }
        return DuesPaymentInput(person: .init(id), months: months, method: try Self.method(method), paidAt: paidAt,
                                actualPay: try Request.yuan(actualPay, field: "actualPay"), note: note)
    }

    static func method(_ text: String) throws -> DuesPaymentMethod {
        guard let method = DuesPaymentMethod(rawValue: text) else {
            throw DomainError.invalid(field: "method", message: Message(zh: "请选择交纳方式", en: "Choose the method"))
        }
        return method
    }
}
