/// Which roster a file is: the party-member roster (党员花名册) or a class roster of students (学生花名册).
/// It decides the required place column (党支部 or 班级) and the default person kind.
public enum RosterKind: String, Sendable, CaseIterable {
    case members, students
}
