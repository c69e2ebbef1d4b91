/// A counsellor (辅导员) and the classes they look after, so that seeding can give every counsellor
/// the `.counselor` assignments that `counselor1` has.
public struct DemoCounselor: Equatable, Sendable {
    public var personID: Person.ID
    /// The grid college whose classes these are.
    public var collegeID: GridUnit.ID
    public var classIDs: [GridUnit.ID]
    /// Where the counsellor lies in `DemoUniversity.people`.
    var personIndex: Int
}
