/// Chinese names and ethnicities for demo people, drawn from lists ordered by how common they are.
enum DemoNames {
    /// The most common surnames first; `surname(_:)` favours the front of the list, as real rolls do.
    static let surnames: [String] = ("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 "
        + "彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 "
        + "方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤 "
        + "欧阳 司马 上官 诸葛").split(separator: " ").map(String.init)

    static let maleCharacters = Array("伟强磊军洋勇杰涛明超辉刚鹏浩宇轩博文斌志成昊天航鸣豪晨阳远泽睿凯俊峰建国华毅翔宁锐哲铭恒")
    static let femaleCharacters = Array("芳娜敏静丽艳娟霞婷雪琳颖慧佳怡欣悦萱涵雨晴梦瑶婉琪蕾璐菲倩妍洁茜彤玥岚薇丹蓉")
    /// Characters common in both boys' and girls' names (子、一、嘉 …).
    static let sharedCharacters = Array("子一嘉思心晓雅安可宇文诗若楠欣家")

    static let minorities = ["回族", "满族", "壮族", "蒙古族", "土家族", "苗族", "维吾尔族", "藏族", "朝鲜族", "彝族"]

    static func surname(_ rng: inout DemoRandom) -> String {
        // The smaller of two draws leans towards the common surnames at the front.
        let index = min(rng.int(in: 0...surnames.count - 1), rng.int(in: 0...surnames.count - 1))
        return surnames[index]
    }

    static func name(_ gender: Person.Gender, _ rng: inout DemoRandom) -> String {
        let own = gender == .male ? maleCharacters : femaleCharacters
        var given = String(rng.pick(own))
        if rng.chance(0.75) {  // three in four given names have two characters
            let first = rng.chance(0.3) ? rng.pick(sharedCharacters) : rng.pick(own)
            var second = rng.pick(own)
            if second == first { second = rng.pick(own) }
            given = String(first) + String(second)
        }
        return surname(&rng) + given
    }

    /// About 92% 汉族, as in the national census; the rest spread over the larger minorities.
    static func ethnicity(_ rng: inout DemoRandom) -> String { rng.chance(0.92) ? "汉族" : rng.pick(minorities) }
}
