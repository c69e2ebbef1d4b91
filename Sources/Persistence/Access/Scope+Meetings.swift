import Domain
import FluentKit
import FluentSQL
import Foundation
import SQLKit

/// Which meetings a scope reaches: those of organisations in its subtrees, those a person of the scope is on
/// the register of, and — 双重组织生活 — those of the branch each such person belongs to and of its party groups.
extension QueryBuilder where Model == MeetingRecord {
    func scoped(_ scope: Scope) -> Self {
        restrict(to: scope.schools, schoolKey: "school_id")
        guard !scope.isEverything else { return self }
        return filter(.sql(Scope.meetingVisibility(scope)))
    }
}

extension Scope {
    static func meetingVisibility(_ scope: Scope) -> any SQLExpression {
        var parts: [any SQLExpression] = [SQLRaw("1 = 0")]
        for path in scope.organizationPaths {
            parts.append(SQLQueryString("""
                EXISTS (SELECT 1 FROM meeting_organizations mo WHERE mo.meeting_id = meetings.id \
                AND mo.organization_path LIKE \(bind: path.subtreePattern))
                """))
        }
        let people = scope.personIDs.map(\.rawValue)
        if !people.isEmpty {
            parts.append(SQLQueryString("""
                EXISTS (SELECT 1 FROM meeting_attendance ma WHERE ma.meeting_id = meetings.id \
                AND ma.person_id IN (\(binds: people)))
                """))
            parts.append(SQLQueryString("""
                EXISTS (SELECT 1 FROM meeting_organizations mo JOIN people p ON p.organization_id = mo.organization_id \
                WHERE mo.meeting_id = meetings.id AND p.id IN (\(binds: people)))
                """))
            // A party group has no members of its own: its meetings are those of its branch's members.
            parts.append(SQLQueryString("""
                EXISTS (SELECT 1 FROM meeting_organizations mo JOIN organizations o ON o.id = mo.organization_id \
                AND o.kind = \(bind: Organization.Kind.group.rawValue) JOIN people p ON p.organization_id = o.parent_id \
                WHERE mo.meeting_id = meetings.id AND p.id IN (\(binds: people)))
                """))
        }
        return SQLGroupExpression(SQLList(parts, separator: SQLRaw(" OR ")))
    }
}
