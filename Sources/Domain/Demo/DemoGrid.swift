import Foundation
import Tagged

/// A class of the demo grid, with what the people generator needs to fill it.
struct DemoClass: Sendable {
    var unit: GridUnit
    var collegeIndex: Int
    /// The enrolment year (年级), e.g. 2023.
    var grade: Int
    /// Years since enrolment: 0 for freshmen, 3 for seniors.
    var yearOfStudy: Int
    /// The class's place among its college's classes, used to spread classes over the students' branches.
    var indexInCollege: Int
    var size: Int
    /// 学号 prefix (grade, college, class), e.g. "20230101"; the seat adds two digits.
    var numberPrefix: String
}

/// The campus grid above the dorms: colleges → majors by grade → classes. Dorms come with the students.
struct DemoGrid: Sendable {
    var colleges: [GridUnit] = []
    var majors: [GridUnit] = []
    var classes: [DemoClass] = []

    /// Parent before child: colleges, then majors, then classes.
    var units: [GridUnit] { colleges + majors + classes.map(\.unit) }

    /// The enrolment years of the four undergraduate grades at `today`; an academic year starts in September.
    static func grades(at today: LocalDate) -> [Int] {
        let current = today.month >= 9 ? today.year : today.year - 1
        return Array((current - 3)...current)
    }

    /// Enough classes of about `DemoCatalog.classSize` for `students`, spread evenly over every major and grade.
    static func build(students: Int, today: LocalDate, schoolID: School.ID, rng: inout DemoRandom) -> DemoGrid {
        var grid = DemoGrid()
        for college in DemoCatalog.colleges {
            let id = GridUnit.ID(rng.uuid())
            grid.colleges.append(GridUnit(id: id, schoolID: schoolID, parentID: nil, kind: .college,
                                          name: college.name, path: DemoText.path(under: .root, id)))
        }
        let grades = grades(at: today)
        let cohorts = DemoCatalog.colleges.indices.flatMap { college in
            DemoCatalog.colleges[college].majors.indices.flatMap { major in
                grades.map { Cohort(college: college, major: major, grade: $0) }
            }
        }
        let classCount = max(1, (students + DemoCatalog.classSize - 1) / DemoCatalog.classSize)
        var counters = ClassCounters(colleges: DemoCatalog.colleges.count, grades: grades)
        for (index, cohort) in cohorts.enumerated() {
            let classes = classCount / cohorts.count + (index < classCount % cohorts.count ? 1 : 0)
            guard classes > 0 else { continue }
            grid.addCohort(cohort, classes: classes, currentGrade: grades[grades.count - 1], counters: &counters,
                           schoolID: schoolID, rng: &rng)
        }
        for index in grid.classes.indices {
            grid.classes[index].size = students / classCount + (index < students % classCount ? 1 : 0)
        }
        return grid
    }

    /// One major's students of one grade (软件工程 2023级) and its classes.
    private struct Cohort { var college: Int, major: Int, grade: Int }

    /// Running class numbers per college, and per college and grade (for 学号).
    private struct ClassCounters {
        var inCollege: [Int]
        var inCollegeGrade: [[Int: Int]]
        init(colleges: Int, grades: [Int]) {
            inCollege = Array(repeating: 0, count: colleges)
            inCollegeGrade = Array(repeating: Dictionary(uniqueKeysWithValues: grades.map { ($0, 0) }), count: colleges)
        }
    }

    private mutating func addCohort(_ cohort: Cohort, classes count: Int, currentGrade: Int,
                                    counters: inout ClassCounters, schoolID: School.ID, rng: inout DemoRandom) {
        let college = colleges[cohort.college]
        let spec = DemoCatalog.colleges[cohort.college].majors[cohort.major]
        let majorID = GridUnit.ID(rng.uuid())
        let major = GridUnit(id: majorID, schoolID: schoolID, parentID: college.id, kind: .major,
                             name: "\(spec.name) \(cohort.grade)级", path: DemoText.path(under: college.path, majorID))
        majors.append(major)
        for number in 1...count {
            let id = GridUnit.ID(rng.uuid())
            let name = spec.abbreviation + DemoText.padded(cohort.grade % 100, width: 2)
                + DemoText.padded(number, width: 2) + "班"
            counters.inCollegeGrade[cohort.college][cohort.grade, default: 0] += 1
            let prefix = String(cohort.grade) + DemoText.padded(cohort.college + 1, width: 2)
                + DemoText.padded(counters.inCollegeGrade[cohort.college][cohort.grade]!, width: 2)
            classes.append(DemoClass(
                unit: GridUnit(id: id, schoolID: schoolID, parentID: majorID, kind: .schoolClass, name: name,
                               path: DemoText.path(under: major.path, id)),
                collegeIndex: cohort.college, grade: cohort.grade, yearOfStudy: currentGrade - cohort.grade,
                indexInCollege: counters.inCollege[cohort.college], size: 0, numberPrefix: prefix))
            counters.inCollege[cohort.college] += 1
        }
    }
}
