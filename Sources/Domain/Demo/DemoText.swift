import Foundation
import Tagged

/// Small text helpers for demo numbers and names, cheaper than `String(format:)` in hot loops.
enum DemoText {
    /// `padded(7, width: 2)` → `"07"`; wider numbers keep all their digits.
    static func padded(_ value: Int, width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    /// The path segment of a node: its lower-case UUID.
    static func segment<Tag>(_ id: Tagged<Tag, UUID>) -> String { id.rawValue.uuidString.lowercased() }

    /// The materialised path of a child: its parent's path and the child's segment.
    static func path<Tag>(under parent: TreePath, _ id: Tagged<Tag, UUID>) -> TreePath {
        parent.appending(segment(id))
    }

    /// `ordinal(3)` → `"第三"`, for branch and group names (第一党支部 … 第十二党支部).
    static func ordinal(_ value: Int) -> String { "第" + chineseNumber(value) }

    static func chineseNumber(_ value: Int) -> String {
        let digits = Array("零一二三四五六七八九")
        switch value {
        case 0...9: return String(digits[value])
        case 10...19: return "十" + (value == 10 ? "" : String(digits[value - 10]))
        case 20...99: return String(digits[value / 10]) + "十" + (value % 10 == 0 ? "" : String(digits[value % 10]))
        default: return String(value)
        }
    }
}
