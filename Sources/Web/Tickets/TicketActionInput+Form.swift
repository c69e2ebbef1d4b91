import Foundation

extension TicketActionInput {
    /// From an HTML form, where an untouched select or number field arrives as an empty string.
    init(form fields: [String: String]) {
        func value(_ key: String) -> String? { fields[key].flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 } }
        type = fields["type"] ?? ""
        text = fields["text"]
        assigneeId = value("assigneeId").flatMap(UUID.init(uuidString:))
        departmentId = value("departmentId").flatMap(UUID.init(uuidString:))
        categoryId = value("categoryId").flatMap(UUID.init(uuidString:))
        score = value("score").flatMap { Int($0) }
        comment = fields["comment"]
        intoNumber = value("intoNumber").flatMap { Int($0.trimmingCharacters(in: CharacterSet(charactersIn: "# "))) }
        intoId = nil
    }
}
