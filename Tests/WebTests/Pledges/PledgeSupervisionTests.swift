import Domain
import Foundation
import Persistence
import Testing
import Vapor
@testable import Web

extension AllTests {
    /// 群众监督 through real HTTP: anyone logged in at the school comments (a student too, on the page), rates (one score
    /// per person, changeable; not the owner); only the branch secretary hides a comment, which is never deleted.
    @Suite struct PledgeSupervisionTests {
        @Test func student_commentsOnThePage_secretaryHides_othersCannot() async throws {
            try await withApp(clock: ManualClock(PledgeWorld.now), demoMode: true) { app in
                // setup
                let member = try await PledgeWorld.api(app, "member1"), secretary = try await PledgeWorld.api(app, "branch1")
                let id = try await member.madePledge(promise: "联系1间寝室每月走访").pledge.id
                let student = try Browser(app)
                _ = try await student.login("student1")
                let page = try await student.get("/pledges/\(id.uuidString)")
                let token = try #require(Browser.hiddenCSRF(in: page.body.string))
                // MUT
                let empty = try await student.post("/pledges/\(id.uuidString)/comments", form: ["text": " ", "submission": "c0"], csrf: token)
                let posted = try await student.post("/pledges/\(id.uuidString)/comments", form: ["text": "走访解决了热水问题，感谢！",
                                                                                                   "submission": "c1"], csrf: token)
                let replay = try await student.post("/pledges/\(id.uuidString)/comments", form: ["text": "走访解决了热水问题，感谢！",
                                                                                                   "submission": "c1"], csrf: token)
                let byOwner = try await member.pledgePost(id, "comments", ["text": "谢谢监督，会继续坚持"])
                let comments = try await member.pledge(id).comments
                let commentID = try #require(comments.first { $0.text == "走访解决了热水问题，感谢！" }?.id)
                let hideByStudent = try await student.post("/pledges/\(id.uuidString)/comments/\(commentID.uuidString)/hide",
                                                           form: ["reason": "x"], csrf: token)
                let hideByMember = try await member.pledgePost(id, "comments/\(commentID.uuidString)/hide", ["reason": "x"])
                let noReason = try await secretary.pledgePost(id, "comments/\(commentID.uuidString)/hide", ["reason": ""])
                let hidden = try await secretary.pledgePost(id, "comments/\(commentID.uuidString)/hide", ["reason": "含个人信息"])
                let after = try await student.pledge(id)
                let pageAfter = try await student.get("/pledges/\(id.uuidString)").body.string
                // validate
                #expect(page.status == .ok && page.body.string.contains("action=\"/pledges/\(id.uuidString)/comments\""))
                #expect(empty.status == .unprocessableEntity && empty.body.string.contains("请填写评论"))
                #expect(posted.status == .seeOther && replay.status == .seeOther)
                #expect(comments.filter { $0.text == "走访解决了热水问题，感谢！" }.count == 1)
                #expect(byOwner.status == .created)
                #expect(hideByStudent.status == .forbidden && hideByMember.status == .forbidden)
                #expect(noReason.status == .unprocessableEntity && hidden.status == .ok)
                let shown = try #require(after.comments.first { $0.id == commentID })
                #expect(shown.hidden && shown.text == nil && shown.hiddenReason == "含个人信息")
                #expect(after.comments.count == 2 && after.pledge.commentCount == 1)
                #expect(!pageAfter.contains("走访解决了热水问题") && pageAfter.contains("含个人信息"))
            }
        }

        @Test func ratings_onePerPerson_changeable_notTheOwner() async throws {
            try await withApp(clock: ManualClock(PledgeWorld.now), demoMode: true) { app in
                // setup
                let member = try await PledgeWorld.api(app, "member1"), secretary = try await PledgeWorld.api(app, "branch1")
                let student = try await PledgeWorld.api(app, "student1"), teacher = try await PledgeWorld.api(app, "counselor1")
                let id = try await member.madePledge().pledge.id
                // MUT
                let own = try await member.pledgePost(id, "ratings", ["score": 5])
                let first = try await student.pledgePost(id, "ratings", ["score": 4])
                let changed = try await student.pledgePost(id, "ratings", ["score": 2])
                let second = try await secretary.pledgePost(id, "ratings", ["score": 5])
                let third = try await teacher.pledgePost(id, "ratings", ["score": 5])
                let outOfRange = try await student.pledgePost(id, "ratings", ["score": 6])
                // validate
                #expect(own.status == .forbidden && outOfRange.status == .unprocessableEntity)
                #expect(try PledgeWorld.decode(PledgeRatingDTO.self, first).averageTenths == 40)
                #expect(try PledgeWorld.decode(PledgeRatingDTO.self, changed).count == 1)
                #expect(try PledgeWorld.decode(PledgeRatingDTO.self, second).averageTenths == 35)
                let last = try PledgeWorld.decode(PledgeRatingDTO.self, third)
                #expect(last.count == 3 && last.averageTenths == 40)
                #expect(try await student.pledge(id).myRating == 2)
            }
        }
    }
}
