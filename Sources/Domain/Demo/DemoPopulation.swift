import Foundation
import Tagged

/// Builds the demo's people in order (students class by class, then staff), keeping the handles
/// that committee roles and the demo accounts need.
struct DemoPopulation {
    let schoolID: School.ID
    let today: LocalDate
    var rng: DemoRandom
    var identities = DemoIdentityIssuer()
    var people: [DemoPerson] = []
    /// Dorm units, created with the students who live in them.
    var dorms: [GridUnit] = []
    /// Where each class's students lie in `people`; they are added class by class.
    var studentsByClass: [GridUnit.ID: Range<Int>] = [:]
    var counselors: [DemoCounselor] = []
    /// The person appointed secretary of each branch and committee, by index in `people`.
    var secretaries: [Organization.ID: Int] = [:]
    /// 工号 are six digits, so they never collide with ten-digit 学号.
    var nextStaffNumber = 100_001

    init(schoolID: School.ID, today: LocalDate, rng: DemoRandom) {
        self.schoolID = schoolID; self.today = today; self.rng = rng
    }

    /// A person with name, gender, birth date, ethnicity, ID number and phone; the caller adds places and party record.
    mutating func makePerson(kind: Person.Kind, number: String, born years: ClosedRange<Int>) -> DemoPerson {
        let gender: Person.Gender = rng.chance(0.5) ? .male : .female
        let birth = date(inYears: years)
        let idNumber = identities.idNumber(born: birth, gender: gender, rng: &rng)
        let phone = identities.phone(rng: &rng)
        let person = Person(
            id: Person.ID(rng.uuid()), schoolID: schoolID, number: number, name: DemoNames.name(gender, &rng),
            gender: gender, kind: kind, politicalStatus: .masses, ethnicity: DemoNames.ethnicity(&rng),
            birthDate: birth, idNumberMasked: idNumber?.masked, phoneMasked: phone?.masked)
        return DemoPerson(person: person, idNumber: idNumber, phone: phone)
    }

    mutating func date(inYears years: ClosedRange<Int>) -> LocalDate {
        let first = LocalDate(year: years.lowerBound, month: 1, day: 1)?.dayNumber ?? 0
        let last = LocalDate(year: years.upperBound, month: 12, day: 31)?.dayNumber ?? first
        return LocalDate(dayNumber: rng.int(in: first...max(first, last)))
    }

    /// Puts a person on the party track of a branch: the stage dates and the status the latest stage implies.
    static func enroll(_ person: inout DemoPerson, stages: StageDates, in organizationID: Organization.ID) {
        guard let latest = stages.latestStage else { return }
        person.person.stages = stages
        person.person.politicalStatus = latest.politicalStatus
        person.person.organizationID = organizationID
    }
}
