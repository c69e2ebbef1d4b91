import Domain
import Persistence
import Robots

/// Group robots (群机器人) of an organisation: registering, testing and their delivery state.
extension Strings {
    var robotsTitle: String { pick("群机器人", "Group robots") }
    func robotsTitle(_ organization: String) -> String { pick("\(organization) · 群机器人", "\(organization) · group robots") }
    var robotsIntro: String {
        pick("登记支部群的企业微信、钉钉或飞书机器人后，会议通知和提醒将自动发到群里。发送失败不影响平台操作，系统会自动重试。",
             "Register the branch group's WeCom, DingTalk or Feishu robot and meeting notices and reminders go to the group. "
                + "A failed send never blocks your work; it is retried automatically.")
    }
    var noRobots: String { pick("尚未登记群机器人。", "No robots registered yet.") }
    var robotName: String { pick("群名称", "Group name") }
    var robotKind: String { pick("平台", "Platform") }
    var robotURL: String { pick("Webhook 地址", "Webhook address") }
    var robotSecret: String { pick("加签密钥（钉钉、飞书开启“加签”时填写）", "Signing secret (DingTalk or Feishu robots with signing on)") }
    var robotURLHint: String {
        pick("在群设置 → 群机器人中复制完整地址。地址相当于密码，保存后只显示末四位。",
             "Copy the whole address from the group's robot settings. It works like a password: only its last four characters are shown once saved.")
    }
    var addRobot: String { pick("登记机器人", "Register robot") }
    var removeRobot: String { pick("删除", "Remove") }
    var sendTestMessage: String { pick("发送测试消息", "Send a test message") }
    var robotAddress: String { pick("地址", "Address") }
    var robotSigned: String { pick("已加签", "Signed") }
    var lastDelivery: String { pick("最近发送", "Last send") }
    var neverSent: String { pick("尚未发送", "Nothing sent yet") }
    var testQueued: String {
        pick("测试消息已加入发送队列，约半分钟内送达群里；可刷新本页查看结果。",
             "The test message is queued and reaches the group within about half a minute; reload to see the result.")
    }
    func testMessage(_ organization: String) -> String {
        pick("【支部】测试消息：\(organization)已接入平台群提醒。", "[Zhibu] Test message: \(organization) now receives reminders in this group.")
    }

    func label(_ kind: RobotKind) -> String {
        switch kind {
        case .wecom: pick("企业微信", "WeCom")
        case .dingtalk: pick("钉钉", "DingTalk")
        case .feishu: pick("飞书", "Feishu")
        }
    }

    func delivery(_ entry: OutboxEntry) -> String {
        switch entry.status {
        case .delivered: return pick("已送达", "Delivered")
        case .pending where entry.attempts == 0: return pick("排队中", "Queued")
        case .pending: return pick("第 \(entry.attempts) 次未成功，稍后重试：", "Attempt \(entry.attempts) failed, retrying: ") + (entry.lastError ?? "")
        case .failed: return pick("发送失败：", "Failed: ") + (entry.lastError ?? "")
        }
    }
}
