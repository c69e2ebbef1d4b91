@testable import Domain
import Foundation
import Testing

extension RuleTests {
    /// The ledger's flow: who may do what in which state.
    @Suite struct LeaveTransitionTests {
        typealias F = LeaveFixture

        static func apply(_ action: LeaveAction, _ leave: LeaveApplication, by party: LeaveParty,
                          today: LocalDate = F.today) throws -> LeaveApplication {
            try LeaveTransition.apply(action, to: leave, by: party, login: "counselor1", at: F.now, today: today)
        }

        /// Every action from every state, for the student and the counsellor: the resulting status, or nil if refused.
        @Test(arguments: [
            (LeaveAction.approve(note: ""), LeaveStatus.pending, LeaveParty?.none, LeaveStatus?.some(.approved)),
            (.approve(note: "注意安全"), .pending, F.student, nil),
            (.approve(note: ""), .approved, nil, nil),
            (.approve(note: ""), .refused, nil, nil),
            (.refuse(reason: "考试周"), .pending, nil, .refused),
            (.refuse(reason: "考试周"), .pending, F.student, nil),
            (.refuse(reason: "考试周"), .approved, nil, nil),
            (.cancel, .pending, F.student, .cancelled),
            (.cancel, .approved, F.student, .cancelled),
            (.cancel, .left, F.student, nil),
            (.cancel, .pending, nil, nil),
            (.leave, .approved, F.student, .left),
            (.leave, .approved, nil, .left),
            (.leave, .pending, nil, nil),
            (.leave, .approved, F.reader, nil),
            (.return, .left, F.student, .returned),
            (.return, .left, nil, .returned),
            (.return, .approved, nil, nil),
            (.return, .returned, F.student, nil),
        ])
        func flow(_ action: LeaveAction, from status: LeaveStatus, by party: LeaveParty?, to expected: LeaveStatus?) {
            // setup: today is the first day, so leaving is possible
            let leave = F.leave(status, first: 0, last: 2)
            // MUT
            let result = try? Self.apply(action, leave, by: party ?? F.counselor)
            // validate
            #expect(result?.status == expected)
        }

        @Test func approve_recordsWhoAndWhen() throws {
            // MUT
            let l = try Self.apply(.approve(note: " 注意安全 "), F.leave(), by: F.counselor)
            // validate
            #expect(l.decidedBy == "counselor1" && l.decidedAt == F.now && l.decisionNote == "注意安全")
        }

        @Test(arguments: ["", "  \n"])
        func refuse_needsAReason(_ reason: String) {
            // MUT
            let error = #expect(throws: DomainError.self) { try Self.apply(.refuse(reason: reason), F.leave(), by: F.counselor) }
            // validate
            #expect(error?.invalidField == "note")
        }

        @Test func studentActions_areForbidden_notConflicts() {
            #expect(throws: DomainError.forbidden) { try Self.apply(.approve(note: ""), F.leave(), by: F.student) }
            #expect(throws: DomainError.forbidden) { try Self.apply(.cancel, F.leave(), by: F.reader) }
        }

        @Test func leave_onlyWithinTheDays() {
            // setup: approved for the day after tomorrow onwards
            let leave = F.leave(.approved, first: 2, last: 4)
            // MUT + validate
            #expect(throws: DomainError.self) { try Self.apply(.leave, leave, by: F.student) }
            #expect((try? Self.apply(.leave, leave, by: F.student, today: F.day(2)))?.leftDay == F.day(2))
            #expect(throws: DomainError.self) { try Self.apply(.leave, leave, by: F.student, today: F.day(5)) }
        }

        @Test func return_setsTheReturnDay() throws {
            // MUT
            let l = try Self.apply(.return, F.leave(.left, first: -2, last: 3), by: F.student)
            // validate
            #expect(l.returnedDay == F.today && l.returnedAt == F.now)
        }

        @Test func approve_afterTheLastDay_refused() {
            #expect(throws: DomainError.self) { try Self.apply(.approve(note: ""), F.leave(first: -3, last: -1), by: F.counselor) }
        }

        @Test func staffMovement_cancelledByItsRecorder() throws {
            // MUT
            let l = try Self.apply(.cancel, F.leave(.approved, traveller: .staff), by: F.counselor)
            // validate
            #expect(l.status == .cancelled)
        }

        @Test func openingStatus_studentWaits_staffIsApprovedOrLeft() {
            #expect(LeaveTransition.openingStatus(.student, firstDay: F.today, today: F.today) == .pending)
            #expect(LeaveTransition.openingStatus(.staff, firstDay: F.today, today: F.today) == .left)
            #expect(LeaveTransition.openingStatus(.staff, firstDay: F.day(1), today: F.today) == .approved)
        }

        @Test func possibleActions_followTheRule() {
            #expect(LeaveTransition.possibleActions(F.leave(), by: F.counselor, today: F.today) == ["approve", "refuse"])
            #expect(LeaveTransition.possibleActions(F.leave(), by: F.student, today: F.today) == ["cancel"])
            #expect(LeaveTransition.possibleActions(F.leave(.approved, first: 0), by: F.student, today: F.today) == ["cancel", "leave"])
            #expect(LeaveTransition.possibleActions(F.leave(.left, first: 0), by: F.reader, today: F.today).isEmpty)
        }
    }
}
