/// The campus grid's pages.
extension Strings {
    func classCount(_ count: Int) -> String { pick("\(count) 个班级", count == 1 ? "1 class" : "\(count) classes") }
    var parentGridUnit: String { pick("上级网格", "Parent unit") }
    var gridUnitsWithin: String { pick("下级网格", "Units within") }
    var gridFileName: String { pick("网格", "grid") }
    var students: String { pick("学生", "Students") }
    var noGridUnits: String { pick("您的管理范围内没有网格单元。", "There are no grid units in your scope.") }
}
