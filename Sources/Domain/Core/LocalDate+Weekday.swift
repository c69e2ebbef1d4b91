/// The day of the week without a `Calendar`: 1970-01-01 was a Thursday.
extension LocalDate {
    /// ISO weekday: 1 Monday … 7 Sunday.
    public var weekday: Int { ((dayNumber + 3) % 7 + 7) % 7 + 1 }
    public var isWeekend: Bool { weekday >= 6 }
}
