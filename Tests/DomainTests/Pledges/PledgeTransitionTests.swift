@testable import Domain
import Foundation
import Testing

extension RuleTests {
    /// The state machine: draft → published → progress reported → fulfilment reported → appraised, and who may move it.
    @Suite struct PledgeTransitionTests {
        typealias F = PledgeFixture

        struct Case: Sendable, CustomTestStringConvertible {
            var name: String
            var status: PledgeStatus
            var action: PledgeAction
            var party: PledgeParty
            /// The resulting status, or the error expected.
            var expected: Result<PledgeStatus, DomainError>
            var testDescription: String { name }
        }

        static let conflict = DomainError.conflict(Message(zh: "", en: ""))

        static let cases: [Case] = [
            Case(name: "owner publishes a draft", status: .draft, action: .publish, party: F.owner, expected: .success(.published)),
            Case(name: "committee cannot publish", status: .draft, action: .publish, party: F.committee, expected: .failure(.forbidden)),
            Case(name: "published twice", status: .published, action: .publish, party: F.owner, expected: .failure(conflict)),
            Case(name: "owner edits a draft", status: .draft, action: .edit(F.draft()), party: F.owner, expected: .success(.draft)),
            Case(name: "no edit once published", status: .published, action: .edit(F.draft()), party: F.owner, expected: .failure(conflict)),
            Case(name: "owner reports progress", status: .published, action: .reportProgress(F.report), party: F.owner,
                 expected: .success(.progressReported)),
            Case(name: "progress again", status: .progressReported, action: .reportProgress(F.report), party: F.owner,
                 expected: .success(.progressReported)),
            Case(name: "no progress on a draft", status: .draft, action: .reportProgress(F.report), party: F.owner, expected: .failure(conflict)),
            Case(name: "others never report", status: .published, action: .reportProgress(F.report), party: F.masses, expected: .failure(.forbidden)),
            Case(name: "committee does not report", status: .published, action: .reportFulfilment(F.report), party: F.secretary,
                 expected: .failure(.forbidden)),
            Case(name: "owner reports fulfilment", status: .progressReported, action: .reportFulfilment(F.report), party: F.owner,
                 expected: .success(.fulfilmentReported)),
            Case(name: "fulfilment once", status: .fulfilmentReported, action: .reportFulfilment(F.report), party: F.owner,
                 expected: .failure(conflict)),
            Case(name: "no progress after fulfilment", status: .fulfilmentReported, action: .reportProgress(F.report), party: F.owner,
                 expected: .failure(conflict)),
            Case(name: "committee appraises a reported pledge", status: .fulfilmentReported, action: .appraise(.fulfilled, remark: "属实"),
                 party: F.committee, expected: .success(.appraised)),
            Case(name: "the masses cannot appraise", status: .fulfilmentReported, action: .appraise(.fulfilled, remark: ""),
                 party: F.masses, expected: .failure(.forbidden)),
            Case(name: "owner on the committee cannot appraise their own", status: .fulfilmentReported,
                 action: .appraise(.fulfilled, remark: ""), party: PledgeParty(isOwner: true, isCommittee: true, isSupervisor: true),
                 expected: .failure(.forbidden)),
            Case(name: "appraised once", status: .appraised, action: .appraise(.partly, remark: ""), party: F.committee,
                 expected: .failure(conflict)),
            Case(name: "no appraisal of a draft", status: .draft, action: .appraise(.partly, remark: ""), party: F.committee,
                 expected: .failure(conflict)),
            Case(name: "no report after appraisal", status: .appraised, action: .reportProgress(F.report), party: F.owner,
                 expected: .failure(conflict)),
        ]

        @Test(arguments: cases)
        func apply_followsTheFlow(_ c: Case) throws {
            // setup
            let pledge = F.pledge(c.status)
            // MUT
            let result = Result { try PledgeTransition.apply(c.action, to: pledge, by: c.party, login: "x", at: F.now, today: F.today) }
            // validate
            switch (result, c.expected) {
            case (.success(let p), .success(let status)): #expect(p.status == status)
            case (.failure(let error as DomainError), .failure(let expected)):
                if case .conflict = expected { #expect({ if case .conflict = error { true } else { false } }(), "\(error)") }
                else { #expect(error == expected) }
            default: Issue.record("\(c.name): got \(result), expected \(c.expected)")
            }
        }

        @Test func publish_stampsTheTime() throws {
            let p = try PledgeTransition.apply(.publish, to: F.pledge(), by: F.owner, login: "m", at: F.now, today: F.today)
            #expect(p.publishedAt == F.now && p.updatedAt == F.now)
        }

        @Test func appraise_recordsVerdictRemarkAndWho() throws {
            let p = try PledgeTransition.apply(.appraise(.partly, remark: "  完成大半 "), to: F.pledge(.fulfilmentReported),
                                               by: F.committee, login: "branch1", at: F.now, today: F.today)
            #expect(p.appraisal == PledgeAppraisal(verdict: .partly, remark: "完成大半", by: "branch1", at: F.now))
        }

        @Test func reportFulfilment_withoutEvidence_isRefusedOnTheField() {
            #expect(throws: DomainError.self) {
                try PledgeTransition.apply(.reportFulfilment(PledgeReport(text: "已完成")), to: F.pledge(.published),
                                           by: F.owner, login: "m", at: F.now, today: F.today)
            }
            do { _ = try PledgeReport(text: "已完成").validated(fulfilment: true) } catch let e as DomainError {
                #expect(e.invalidField == "evidence")
            } catch { Issue.record("\(error)") }
        }

        @Test func publish_afterThePeriodEnded_isRefused() {
            let old = F.pledge(period: PledgePeriod(year: 2026, part: .firstHalf), due: "2026-06-30")
            #expect(throws: DomainError.self) {
                try PledgeTransition.apply(.publish, to: old, by: F.owner, login: "m", at: F.now, today: F.today)
            }
        }

        @Test func possibleActions_perParty() {
            #expect(PledgeTransition.possibleActions(F.pledge(), by: F.owner, today: F.today) == ["edit", "publish"])
            #expect(PledgeTransition.possibleActions(F.pledge(.published), by: F.owner, today: F.today)
                    == ["progress", "fulfilment", "comment"])
            #expect(PledgeTransition.possibleActions(F.pledge(.published), by: F.masses, today: F.today) == ["comment", "rate"])
            #expect(PledgeTransition.possibleActions(F.pledge(.fulfilmentReported), by: F.secretary, today: F.today)
                    == ["appraise", "comment", "rate", "hide"])
            #expect(PledgeTransition.possibleActions(F.pledge(), by: F.masses, today: F.today).isEmpty)
        }
    }
}
