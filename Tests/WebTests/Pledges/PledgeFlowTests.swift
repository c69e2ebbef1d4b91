import Domain
import Foundation
import Persistence
import SQLKit
import Testing
import Vapor
@testable import Web

extension AllTests {
    /// The pledge's life through real HTTP: only the owner reports, only the branch committee appraises (not a committee
    /// member of another branch, not another school, not the owner), once the fulfilment is reported.
    @Suite struct PledgeFlowTests {
        @Test func ownerReports_committeeAppraises_othersAreRefused() async throws {
            try await withApp(clock: ManualClock(PledgeWorld.now), demoMode: true) { app in
                // setup
                try await PledgeWorld.addOtherCommitteeMember(app)
                let member = try await PledgeWorld.api(app, "member1"), secretary = try await PledgeWorld.api(app, "branch1")
                let student = try await PledgeWorld.api(app, "student1"), otherBranch = try await PledgeWorld.api(app, "committee9")
                let otherSchool = try await PledgeWorld.api(app, "b-branch1")
                let id = try await member.madePledge().pledge.id
                let progress: [String: Any] = ["kind": "progress", "text": "已帮扶1名同学"]
                // MUT + validate: only the owner reports
                #expect(try await student.pledgePost(id, "updates", progress).status == .forbidden)
                #expect(try await secretary.pledgePost(id, "updates", progress).status == .forbidden)
                #expect(try await otherSchool.pledgePost(id, "updates", progress).status == .notFound)
                #expect(try await member.pledgePost(id, "updates", progress).status == .created)
                // the committee cannot appraise before the fulfilment is reported (the period runs to 12-31)
                #expect(try await secretary.pledgePost(id, "appraisal", ["verdict": "fulfilled"]).status == .conflict)
                let noEvidence = try await member.pledgePost(id, "updates", ["kind": "fulfilment", "text": "已完成"])
                #expect(noEvidence.status == .unprocessableEntity && noEvidence.body.string.contains("evidence"))
                let fulfilment = try await member.pledgePost(id, "updates", ["kind": "fulfilment", "text": "3名同学全部通过补考",
                                                                             "evidence": ["帮扶记录表.pdf", "https://example.edu.cn/r/1"]])
                #expect(fulfilment.status == .created)
                // only the branch committee appraises
                #expect(try await member.pledgePost(id, "appraisal", ["verdict": "fulfilled"]).status == .forbidden)
                #expect(try await student.pledgePost(id, "appraisal", ["verdict": "fulfilled"]).status == .forbidden)
                #expect(try await otherBranch.pledgePost(id, "appraisal", ["verdict": "fulfilled"]).status == .forbidden)
                #expect(try await otherSchool.pledgePost(id, "appraisal", ["verdict": "fulfilled"]).status == .notFound)
                let appraised = try await secretary.pledgePost(id, "appraisal", ["verdict": "fulfilled", "remark": "属实"])
                #expect(appraised.status == .ok)
                #expect(try await secretary.pledgePost(id, "appraisal", ["verdict": "partly"]).status == .conflict)
                let detail = try await student.pledge(id)
                #expect(detail.pledge.status == .appraised && detail.pledge.verdict == .fulfilled && detail.pledge.appraisalRemark == "属实")
                #expect(detail.updates.map(\.kind) == [.progress, .fulfilment])
                #expect(detail.updates[1].evidence == ["帮扶记录表.pdf", "https://example.edu.cn/r/1"])
                // the fulfilled appraisal earned the owner points once, in the same transaction (the school's rule exists)
                let awards = try await (app.db as! any SQLDatabase).select().column("person_id").from("point_entries")
                    .where("source", .equal, SQLBind("pledge:\(id.uuidString)")).where("event", .equal, SQLBind("pledge_fulfilled"))
                    .all(decoding: PersonRow.self)
                #expect(awards.map(\.person_id) == [TestWorld.person(of: "member1").id.rawValue])
                // every write is in the audit trail
                let actions = try await app.stores.auditTrail.list(.init(), page: ListRequest(size: 500), scope: .system).items.map(\.action)
                #expect(actions.contains(.pledgeSaved) && actions.contains(.pledgeUpdated) && actions.contains(.pledgeAppraised))
            }
        }

        private struct PersonRow: Decodable { var person_id: UUID }

        @Test func ownerOnThePages_makesAPledge_badInputComesBackWithTheField() async throws {
            try await withApp(clock: ManualClock(PledgeWorld.now), demoMode: true) { app in
                // setup
                let member = try Browser(app)
                _ = try await member.login("member1")
                let form = try await member.get("/pledges/new")
                let token = try #require(Browser.hiddenCSRF(in: form.body.string))
                // MUT
                let refused = try await member.post("/pledges", form: ["period": "2026", "promise": "每月志愿服务4小时",
                                                                      "dueDate": "2027-02-01", "submission": "s1", "intent": "publish"], csrf: token)
                let fields = ["period": "2026", "promise": "每月志愿服务4小时", "dueDate": "2026-12-31", "submission": "s2", "intent": "publish"]
                let saved = try await member.post("/pledges", form: fields, csrf: token)
                let again = try await member.post("/pledges", form: fields, csrf: token)
                // validate
                #expect(form.status == .ok && form.body.string.contains("name=\"promise\""))
                #expect(refused.status == .unprocessableEntity)
                #expect(refused.body.string.contains("完成时限应在承诺期内") && refused.body.string.contains("每月志愿服务4小时"))
                #expect(saved.status == .seeOther && again.status == .seeOther)
                let location = try #require(saved.headers.first(name: .location))
                #expect(again.headers.first(name: .location) == location)
                let page = try await member.get(location)
                #expect(page.status == .ok && page.body.string.contains("每月志愿服务4小时") && page.body.string.contains("报告进展"))
                let mine = try await member.get("/pledges/mine").body.string
                #expect(mine.components(separatedBy: "每月志愿服务4小时").count - 1 == 1)
            }
        }
    }
}
