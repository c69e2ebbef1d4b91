/// Where the row lands: its branch, class and dorm, and from those what kind of person it is.
extension RosterRowReader {
    /// 所在党支部: required on a member roster, optional (student members) on a class roster.
    func branch(in places: RosterPlaces, required: Bool) throws(RosterRowError) -> Organization? {
        guard let name = text(.branch) else {
            guard !required else { throw fail(.branch, zh: "所在党支部不能为空", en: "The party branch is required") }
            return nil
        }
        switch places.branch(named: name, committee: text(.committee)) {
        case let .found(branch): return branch
        // Missing and out of scope read the same on purpose: the importer learns nothing about other branches.
        case .notFound:
            throw fail(.branch, zh: "找不到党支部“\(name)”，或不在您的管理范围内",
                       en: "No party branch “\(name)” was found within your scope")
        case .ambiguous:
            throw fail(.branch, zh: "有多个名为“\(name)”的党支部，请填写“所在分党委”列加以区分",
                       en: "Several party branches are named “\(name)”; fill in the Party committee column to tell them apart")
        }
    }

    /// 班级: required on a class roster; 学院, 专业 and 年级 only settle a tie between same-named classes.
    func schoolClass(in places: RosterPlaces, required: Bool) throws(RosterRowError) -> GridUnit? {
        guard let name = text(.className) else {
            guard !required else { throw fail(.className, zh: "班级不能为空", en: "The class is required") }
            return nil
        }
        let context = [RosterField.college, .major, .grade].compactMap { text($0) }
        switch places.schoolClass(named: name, context: context) {
        case let .found(schoolClass): return schoolClass
        case .notFound:
            throw fail(.className, zh: "找不到班级“\(name)”，或不在您的管理范围内",
                       en: "No class “\(name)” was found within your scope")
        case .ambiguous:
            throw fail(.className, zh: "有多个名为“\(name)”的班级，请填写“学院”“专业”或“年级”列加以区分",
                       en: "Several classes are named “\(name)”; fill in the College, Major or Grade column to tell them apart")
        }
    }

    /// 宿舍, looked up among the dorms of the row's class: a dorm name alone (301) means nothing.
    func dorm(in places: RosterPlaces, schoolClass: GridUnit?) throws(RosterRowError) -> GridUnit? {
        guard let name = text(.dorm) else { return nil }
        guard let schoolClass else {
            throw fail(.dorm, zh: "填写宿舍时须同时填写班级", en: "A dorm needs the class it belongs to")
        }
        guard let dorm = places.dorm(named: name, in: schoolClass.id) else {
            throw fail(.dorm, zh: "在班级“\(schoolClass.name)”下找不到宿舍“\(name)”，或不在您的管理范围内",
                       en: "No dorm “\(name)” was found under class “\(schoolClass.name)” within your scope")
        }
        return dorm
    }

    /// Students on a class roster; on a member roster retired when 人员类别 or the branch says so (离退休党支部),
    /// a student when 人员类别 says so or the row names a class, staff otherwise.
    func personKind(roster: RosterKind, branch: Organization?, hasClass: Bool) -> Person.Kind {
        guard roster == .members else { return .student }
        let stated = text(.kind).map(Self.kind(from:))
        let retiredBranch = branch.map { $0.category == .retired || $0.name.contains("退休") || $0.name.contains("离休") }
        if stated == .retired || retiredBranch == true { return .retired }
        return stated ?? (hasClass ? .student : .staff)
    }

    /// 人员类别 comes in many spellings (the national system alone has 工人, 专业技术人员, 学生, 离退休人员 …):
    /// anything neither retired nor a student is staff.
    static func kind(from text: String) -> Person.Kind {
        if text.contains("退休") || text.contains("离休") { return .retired }
        let studentWords = ["学生", "本科", "研究生", "硕士", "博士生", "student"]
        return studentWords.contains { text.lowercased().contains($0) } ? .student : .staff
    }
}
