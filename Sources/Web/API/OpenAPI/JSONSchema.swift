/// Builders of the JSON Schema (2020-12, as OpenAPI 3.1 uses it) fragments the document is made of.
enum JSONSchema {
    static func ref(_ name: String) -> JSONValue { ["$ref": .string("#/components/schemas/\(name)")] }

    static func string(format: String? = nil, _ description: String? = nil) -> JSONValue {
        var schema: [String: JSONValue] = ["type": "string"]
        if let format { schema["format"] = .string(format) }
        if let description { schema["description"] = .string(description) }
        return .object(schema)
    }

    static let uuid = string(format: "uuid")
    /// A business date, `YYYY-MM-DD`, in the school's time zone.
    static let date = string(format: "date")
    static let dateTime = string(format: "date-time")
    static let boolean: JSONValue = ["type": "boolean"]
    static let integer: JSONValue = ["type": "integer"]

    static func integer(minimum: Int, maximum: Int? = nil) -> JSONValue {
        integer.merging(["minimum": .integer(minimum)]).merging(maximum.map { ["maximum": .integer($0)] } ?? [:])
    }

    /// The codes of a Swift enumeration, taken from its cases so the document cannot fall behind.
    static func codes<T: CaseIterable & RawRepresentable>(_ type: T.Type, _ description: String? = nil) -> JSONValue
    where T.RawValue == String {
        string(format: nil, description).merging(["enum": .array(T.allCases.map { .string($0.rawValue) })])
    }

    static func array(_ items: JSONValue) -> JSONValue { ["type": "array", "items": items] }

    /// An object; optional members are left out of the JSON when absent (never sent as null).
    static func object(_ description: String, required: [String], _ properties: [String: JSONValue]) -> JSONValue {
        let schema: JSONValue = ["type": "object", "description": .string(description), "properties": .object(properties)]
        return required.isEmpty ? schema : schema.merging(["required": .array(required.map { .string($0) })])
    }

    /// One page of a list (`PageDTO`).
    static func page(of item: String) -> JSONValue {
        object("One page of \(item) items, with the total for numbering pages.",
               required: ["items", "page", "pageSize", "total"],
               ["items": array(ref(item)), "page": integer(minimum: 1), "pageSize": integer(minimum: 1, maximum: 500),
                "total": integer(minimum: 0)])
    }
}
