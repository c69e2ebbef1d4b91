extension ReportForm {
    /// The first version every school starts from: health, location (city when off campus), risk, optional
    /// temperature and note. Schools edit it into later versions.
    public static let standard = ReportForm(version: 1, questions: [
        ReportQuestion(id: "health", labelZh: "今日身体状况", labelEn: "Health today", kind: .choice, options: [
            ReportOption(id: "well", labelZh: "健康", labelEn: "Well"),
            ReportOption(id: "fever", labelZh: "发热", labelEn: "Fever"),
            ReportOption(id: "cough", labelZh: "咳嗽、乏力等不适", labelEn: "Cough, fatigue or other symptoms"),
            ReportOption(id: "other", labelZh: "其他情况", labelEn: "Other"),
        ], isHealthData: true, abnormalWhen: .options(["fever", "cough", "other"])),
        ReportQuestion(id: "location", labelZh: "今日所在地", labelEn: "Where you are today", kind: .choice, options: [
            ReportOption(id: "campus", labelZh: "在校", labelEn: "On campus"),
            ReportOption(id: "off_campus", labelZh: "不在校", labelEn: "Off campus", meansOffCampus: true),
        ]),
        ReportQuestion(id: "city", labelZh: "所在城市", labelEn: "City", kind: .text, isRequired: false,
                       requiredWhen: ReportCondition(questionID: "location", answer: "off_campus")),
        ReportQuestion(id: "risk", labelZh: "是否接触风险人员或到过风险地区", labelEn: "Contact with risk persons or areas",
                       kind: .yesNo, abnormalWhen: .answer(true)),
        ReportQuestion(id: "temperature", labelZh: "体温（℃，选填）", labelEn: "Temperature (°C, optional)", kind: .number,
                       isRequired: false, isHealthData: true, minimum: 34, maximum: 43, abnormalWhen: .atLeast(37.3)),
        ReportQuestion(id: "note", labelZh: "备注（选填）", labelEn: "Note (optional)", kind: .text, isRequired: false),
    ])
}
