/// Excel's 1900 date system: serial 1 is 1900-01-01, and serial 60 is 1900-02-29, a day that never was
/// (kept by Excel for Lotus 1-2-3 compatibility), so every later serial is one day ahead of a plain count.
/// Workbooks in the 1904 system are converted by the file reader, which sees `date1904` in workbook.xml.
enum ExcelSerial {
    static let phantomLeapDay = 60

    static func date(_ serial: Int, field: RosterField) throws -> LocalDate {
        guard serial != phantomLeapDay else {
            throw DomainError.invalid(field: field.rawValue, message: Message(
                zh: "“\(field.label.zh)”的 Excel 日期序号 60 对应 1900-02-29，这一天并不存在，请核对",
                en: "\(field.label.en): Excel serial 60 stands for 1900-02-29, a day that never existed; please check it"))
        }
        // 1899-12-31 is "day 0" before the phantom day, 1899-12-30 after it.
        let epoch = serial < phantomLeapDay ? daysFromCivil(year: 1899, month: 12, day: 31)
                                            : daysFromCivil(year: 1899, month: 12, day: 30)
        guard serial > 0, let date = date(fromDays: epoch + serial) else {
            throw RosterDate.unreadable(String(serial), field: field)
        }
        return date
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's algorithm), without Calendar,
    /// so the result cannot depend on the machine's time zone.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The inverse of `daysFromCivil`; nil outside the years a LocalDate holds.
    static func date(fromDays days: Int) -> LocalDate? {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return LocalDate(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }
}
