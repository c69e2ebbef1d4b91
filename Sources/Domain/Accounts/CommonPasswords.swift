/// Passwords of 12 characters or more that attackers try first, and stems that are common with digits appended.
enum CommonPasswords {
    static let list: Set<String> = [
        "123456789012", "1234567890123", "12345678901234", "123456789123", "111111111111", "000000000000",
        "123123123123", "abc123456789", "qwertyuiop12", "qwertyuiopas", "qwerty123456", "1q2w3e4r5t6y",
        "1qaz2wsx3edc", "1qaz@wsx3edc", "1qaz!qaz1qaz", "zaq12wsxcde3", "password1234", "password123!",
        "passw0rd1234", "p@ssw0rd1234", "p@ssword1234", "iloveyou1234", "woaini123456", "woaini1314520",
        "5201314520131", "asdfghjkl123", "asdfasdfasdf", "aaaaaaaaaaaa", "abcdefghijkl", "abcd12345678",
        "admin1234567", "admin@123456", "administrator", "changeme1234", "welcome12345", "letmein12345",
        "football1234", "baseball1234", "sunshine1234", "princess1234", "dragon123456", "monkey123456",
        "zhibu-demo-2026", "zhibu2026zhibu", "qazwsxedcrfv", "qweasdzxc123", "1234qwerasdf", "q1w2e3r4t5y6",
        "zxcvbnm12345", "a1b2c3d4e5f6", "987654321098", "147258369147", "1234567890ab", "abc123abc123",
    ]
    static let stems = ["password", "passw0rd", "p@ssw0rd", "qwerty", "admin", "woaini", "iloveyou", "abc", "zhibu", "party", "dangjian"]
}
