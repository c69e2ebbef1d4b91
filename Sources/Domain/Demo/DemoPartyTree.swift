import Foundation
import Tagged

/// The demo's party tree: the school committee, a committee per college with its branches,
/// the 机关 and 离退休 general branches, and party groups in most branches. Parent before child.
struct DemoPartyTree: Sendable {
    let schoolID: School.ID
    private(set) var organizations: [Organization] = []
    private(set) var collegeCommittees: [Organization] = []
    private(set) var teacherBranches: [[Organization]] = []
    private(set) var studentBranches: [[Organization]] = []
    private(set) var administrativeBranches: [Organization] = []
    private(set) var retiredBranches: [Organization] = []

    /// The school committee (党委), root of the tree.
    var root: Organization { organizations[0] }

    var branches: [Organization] { organizations.filter { $0.kind == .branch } }

    static func build(schoolID: School.ID, colleges: [GridUnit], rng: inout DemoRandom) -> DemoPartyTree {
        var tree = DemoPartyTree(schoolID: schoolID)
        let root = tree.add(.committee, name: DemoCatalog.schoolName + "党委", under: nil, rng: &rng)
        for (spec, college) in zip(DemoCatalog.colleges, colleges) {
            tree.addCollege(spec, gridUnit: college, under: root, rng: &rng)
        }
        let offices = tree.add(.generalBranch, name: "机关党总支", under: root, rng: &rng)
        let administrative = DemoCatalog.administrativeBranches.map {
            tree.add(.branch, .administrative, name: $0, under: offices, rng: &rng)
        }
        tree.administrativeBranches = administrative
        let retired = tree.add(.generalBranch, name: "离退休党总支", under: root, rng: &rng)
        let retiredBranches = (1...DemoCatalog.retiredBranchCount).map {
            tree.add(.branch, .retired, name: "离退休\(DemoText.ordinal($0))党支部", under: retired, rng: &rng)
        }
        tree.retiredBranches = retiredBranches
        return tree
    }

    /// 学院党委 linked to its grid college, its teachers' branches and its students' branches
    /// (under a 学生党总支 where the college has one).
    private mutating func addCollege(_ spec: DemoCatalog.College, gridUnit: GridUnit, under root: Organization,
                                     rng: inout DemoRandom) {
        let committee = add(.committee, name: spec.name + "党委", under: root, gridUnitID: gridUnit.id, rng: &rng)
        collegeCommittees.append(committee)
        let teachers = (1...DemoCatalog.teacherBranchesPerCollege).map {
            add(.branch, .teachers, name: "\(spec.name)教工\(DemoText.ordinal($0))党支部", under: committee, rng: &rng)
        }
        teacherBranches.append(teachers)
        let studentsParent = spec.hasGeneralBranch
            ? add(.generalBranch, .students, name: spec.name + "学生党总支", under: committee, rng: &rng)
            : committee
        let students = (1...DemoCatalog.studentBranchesPerCollege).map {
            add(.branch, .students, name: "\(spec.name)本科生\(DemoText.ordinal($0))党支部", under: studentsParent, rng: &rng)
        }
        studentBranches.append(students)
    }

    @discardableResult
    private mutating func add(_ kind: Organization.Kind, _ category: Organization.Category? = nil, name: String,
                              under parent: Organization?, gridUnitID: GridUnit.ID? = nil,
                              rng: inout DemoRandom) -> Organization {
        let id = Organization.ID(rng.uuid())
        let organization = Organization(
            id: id, schoolID: schoolID, parentID: parent?.id, kind: kind, category: category, name: name,
            path: DemoText.path(under: parent?.path ?? .root, id), gridUnitID: gridUnitID)
        organizations.append(organization)
        if kind == .branch { addGroups(to: organization, rng: &rng) }
        return organization
    }

    /// Most branches split into two or three party groups (党小组); small ones do not.
    private mutating func addGroups(to branch: Organization, rng: inout DemoRandom) {
        guard rng.chance(0.7) else { return }
        for number in 1...rng.int(in: 2...3) {
            add(.group, branch.category, name: "\(branch.name)\(DemoText.ordinal(number))党小组", under: branch, rng: &rng)
        }
    }
}
