import Foundation

extension DemoMeetingWriter {
    /// The register of a held meeting: the members entitled on its day, most present (85–95%), some excused
    /// with a reason, a few absent; members who stopped coming are absent throughout.
    mutating func attendance(_ kind: MeetingKind, host: Organization, guests: [Organization.ID], branch: Organization.ID,
                             on date: LocalDate, startsAt: Date, isOnline: Bool) -> [Attendance] {
        let rate = rng.int(in: 85...95)
        return expected(kind, host: host, guests: guests, branch: branch, on: date).map { stay in
            let person = demo.people[stay.person].person
            if let since = plan.drifting[stay.person], since <= date {
                return Attendance(personID: person.id, status: .absent)
            }
            if rng.int(in: 0...99) < rate {
                // Most sign in themselves at the door (the QR code or the code on the screen).
                let signedIn = !isOnline && rng.chance(0.6)
                    ? startsAt.addingTimeInterval(TimeInterval(rng.int(in: -15...5) * 60)) : nil
                return Attendance(personID: person.id, status: .present, signedInAt: signedIn)
            }
            if rng.chance(0.75) {
                return Attendance(personID: person.id, status: .excused,
                                  reason: DemoMeetingTopics.excuse(for: person.kind, rng: &rng))
            }
            return Attendance(personID: person.id, status: .absent)
        }
    }

    /// Who is entitled: the committee for a committee meeting, the group's members for a group meeting,
    /// every member of each branch taking part otherwise.
    func expected(_ kind: MeetingKind, host: Organization, guests: [Organization.ID], branch: Organization.ID,
                  on date: LocalDate) -> [DemoRoster.Stay] {
        if host.kind == .group { return roster.members(ofGroup: host.id, in: branch, on: date) }
        if kind.attendees == .committee { return roster.committee(of: branch, on: date) }
        return ([host.id] + guests).flatMap { roster.members(of: $0, on: date) }
    }

    /// The branch secretary lectures at least once a year (in the year's last lecture if not before);
    /// otherwise a leader of the committee above or a teacher of Marxism.
    mutating func lecturer(for branch: Organization.ID, on date: LocalDate, joint: Bool) -> String {
        let key = "\(branch.rawValue)-\(date.year)"
        let lastChance = date.month >= 10
        if let secretary = people.secretary(of: branch),
           !secretaryLectured.contains(key) && (lastChance || rng.chance(0.4)) {
            secretaryLectured.insert(key)
            return secretary
        }
        if !joint && rng.chance(0.5), let teacher = people.marxismTeacher(rng: &rng) {
            return "\(teacher)（马克思主义学院）"
        }
        return people.superiorSecretary(of: branch) ?? people.secretaryName(of: branch)
    }
}
