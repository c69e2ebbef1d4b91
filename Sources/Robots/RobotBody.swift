/// The JSON bodies of a text message, field names as each robot spells them.
enum RobotBody {
    struct WeCom: Encodable {
        var msgtype = "text"
        var text: Text
        struct Text: Encodable { var content: String; var mentioned_mobile_list: [String]? }
    }

    struct DingTalk: Encodable {
        var msgtype = "text"
        var text: Text
        var at: At
        struct Text: Encodable { var content: String }
        struct At: Encodable { var atMobiles: [String]; var isAtAll: Bool }
    }

    struct Feishu: Encodable {
        var timestamp: String?
        var sign: String?
        var msg_type = "text"
        var content: Content
        struct Content: Encodable { var text: String }
    }
}
