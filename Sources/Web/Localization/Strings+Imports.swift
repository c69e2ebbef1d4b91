import Domain
import Persistence

/// Roster import and export. Messages stored in an import's report are kept in both languages
/// (`Strings.both`), so the report reads in whichever language its viewer picks later.
extension Strings {
    /// Builds a stored message from the same catalog entry in both languages.
    static func both(_ text: (Strings) -> String) -> Message { Message(zh: text(.zh), en: text(.en)) }

    // MARK: The upload form

    var importFile: String { pick("花名册文件", "Roster file") }
    var rosterKind: String { pick("花名册类型", "Roster type") }
    func label(_ kind: RosterKind) -> String {
        switch kind {
        case .members: pick("党员花名册（按党支部）", "Party members (by branch)")
        case .students: pick("学生花名册（按班级）", "Students (by class)")
        }
    }
    var importButton: String { pick("上传并导入", "Upload and import") }
    var importFormats: [String] {
        [pick("可上传 .xlsx（Excel 工作簿）或 .csv 文件，大小不超过 20 MB。",
              "Upload an .xlsx workbook or a .csv file of at most 20 MB."),
         pick("CSV 可为 UTF-8（带或不带 BOM），或中文版 Excel 另存的 GBK 编码。",
              "CSV may be UTF-8 (with or without BOM) or GBK, as Chinese Excel saves it."),
         pick("表头行可位于标题行之下（前 10 行内），须包含“姓名”及“学工号”或“身份证号”。",
              "The header row may sit below title rows (within the first 10) and needs Name plus Number or ID number."),
         pick("身份证号列须设为文本格式，否则 Excel 会丢掉后几位，该行将不予导入。",
              "Format the ID number column as text: Excel drops the last digits of a number, and such rows are refused."),
         pick("学工号已存在的人员会被跳过，不会重复导入。", "People whose number already exists are skipped, never imported twice.")]
    }
    var noFileChosen: String { pick("请选择要导入的文件。", "Choose a file to import.") }
    var unreadableFile: String {
        pick("无法读取该文件：文件已损坏，或不是 Excel 工作簿或 CSV 文件。",
             "The file cannot be read: it is damaged, or not an Excel workbook or CSV file.")
    }
    var unsupportedFile: String {
        pick("不支持该文件格式（旧版 .xls、加密的工作簿或网页文件）。请在 Excel 或 WPS 中另存为 .xlsx 后再上传。",
             "This format is not supported (old .xls, password-protected workbook or web page). Save it as .xlsx in Excel or WPS and upload again.")
    }
    var oversizedFile: String {
        pick("文件内容过大，请拆分为几个文件分批导入。", "The file's content is too large; split it and import the parts one by one.")
    }

    // MARK: The report

    var importReportTitle: String { pick("导入结果", "Import report") }
    var importRunning: String { pick("正在导入，页面每 2 秒自动刷新……", "Importing; this page refreshes every 2 seconds…") }
    var importFinished: String { pick("导入完成。", "The import is finished.") }
    var importFailed: String {
        pick("导入中断：已完成的批次已保存，其余行未导入。重新导入同一文件时，已导入的行会被跳过。",
             "The import stopped: finished batches are saved, the remaining rows are not. Importing the file again skips rows already imported.")
    }
    func rowsProcessed(_ done: Int, _ total: Int) -> String { pick("已处理 \(done)/\(total) 行", "\(done) of \(total) rows processed") }
    func importedFile(_ name: String, _ kind: String) -> String { pick("文件：\(name)（\(kind)）", "File: \(name) (\(kind))") }
    var createdCount: String { pick("新增", "Created") }
    var skippedCount: String { pick("已存在，跳过", "Skipped as duplicates") }
    var rejectedCount: String { pick("未导入（有误）", "Rejected") }
    var reportRow: String { pick("行号", "Row") }
    var reportOutcome: String { pick("结果", "Outcome") }
    var reportField: String { pick("列", "Column") }
    var reportMessage: String { pick("说明", "Message") }
    func label(_ outcome: ImportProgress.ReportLine.Outcome) -> String {
        switch outcome {
        case .created: pick("已导入", "Created")
        case .skipped: pick("跳过", "Skipped")
        case .rejected: pick("未导入", "Rejected")
        }
    }
    func createdRows(_ count: Int) -> String { pick("已导入的 \(count) 行", "The \(count) rows imported") }
    var unrecognisedColumns: String { pick("未识别的列（其内容未导入）", "Columns not recognised (not imported)") }
    var importAnother: String { pick("导入其他文件", "Import another file") }

    // MARK: Stored report messages

    func unrecognisedHeaders(_ headers: [String]) -> String {
        pick("以下列未能识别，其内容未导入：" + headers.joined(separator: "、"),
             "These columns were not recognised and were not imported: " + headers.joined(separator: ", "))
    }
    func matchedByIDNumber(_ number: String) -> String {
        pick("本表没有学工号列；按身份证号找到已有人员（学工号 \(number)），未重复导入",
             "This sheet has no Number column; the ID number matches an existing person (number \(number)), not imported again")
    }
    var unmatchedIDNumber: String {
        pick("本表没有学工号列，且按身份证号找不到您管理范围内的已有人员；新增人员须填写学工号",
             "This sheet has no Number column and the ID number matches nobody within your scope; new people need a number")
    }

    // MARK: Export

    var exportFileName: String { pick("人员名单", "people") }
}
