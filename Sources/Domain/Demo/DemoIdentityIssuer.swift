/// Issues valid, unique resident ID numbers and mobile numbers for demo people.
struct DemoIdentityIssuer {
    /// Real county-level area codes (东城区, 徐汇区, 玄武区, 西湖区, 江岸区, 越秀区, 锦江区, 武侯区 …).
    static let areaCodes = ["110101", "310104", "320102", "330106", "420102", "440106", "510107",
                            "330102", "320106", "370102", "410105", "430102", "350102", "340104"]
    static let mobilePrefixes = ["130", "131", "132", "133", "135", "136", "137", "138", "139",
                                 "150", "151", "152", "153", "155", "156", "157", "158", "159",
                                 "180", "181", "182", "183", "185", "186", "187", "188", "189",
                                 "191", "198", "199"]
    private static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    private static let checkCharacters = Array("10X98765432".utf8)

    private var issuedIDs: Set<String> = []
    private var issuedPhones: Set<String> = []

    /// An ID number whose birth date is `birth` and whose sequence digit matches the gender
    /// (odd for men, even for women, GB 11643), checked by `IDNumber` itself.
    mutating func idNumber(born birth: LocalDate, gender: Person.Gender, rng: inout DemoRandom) -> IDNumber? {
        for _ in 0..<20 {
            let sequence = rng.int(in: 0...499) * 2 + (gender == .male ? 1 : 0)
            var digits = Array((rng.pick(Self.areaCodes) + DemoText.padded(birth.year, width: 4)
                + DemoText.padded(birth.month, width: 2) + DemoText.padded(birth.day, width: 2)
                + DemoText.padded(sequence, width: 3)).utf8)
            digits.append(Self.checkCharacter(digits))
            let text = String(decoding: digits, as: UTF8.self)
            if issuedIDs.insert(text).inserted { return try? IDNumber(text) }
        }
        return nil
    }

    /// The GB 11643-1999 check character of the first 17 ASCII digits.
    static func checkCharacter(_ digits: [UInt8]) -> UInt8 {
        var sum = 0
        for index in 0..<17 { sum += Int(digits[index] - UInt8(ascii: "0")) * weights[index] }
        return checkCharacters[sum % 11]
    }

    mutating func phone(rng: inout DemoRandom) -> PhoneNumber? {
        for _ in 0..<20 {
            let text = rng.pick(Self.mobilePrefixes) + DemoText.padded(rng.int(in: 0...99_999_999), width: 8)
            if issuedPhones.insert(text).inserted { return try? PhoneNumber(text) }
        }
        return nil
    }
}
