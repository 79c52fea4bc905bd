/// Writes the text alternative of a chart in the page language: what kind of chart, over which
/// labels, and the highest, lowest and latest values with units, so a reader who cannot see the
/// chart gets its message.
struct ChartDescriber {
    let canvas: ChartCanvas

    func describe() -> String {
        let chart = canvas.chart
        var sentences: [String]
        switch chart.type {
        case .donut: sentences = [donut()]
        case .kpi: sentences = [kpi()]
        case .bullet: sentences = [bullet()]
        default: sentences = [overview()] + chart.table.series.compactMap(seriesSummary) + targets()
        }
        sentences += chart.spec.references.map(reference)
        return sentences.joined(separator: canvas.writesHan ? "" : " ")
    }
}

private extension ChartDescriber {
    var zh: Bool { canvas.writesHan }
    /// Labels in words, so a reader hears "2020年上半年" rather than "2020-H1".
    var labels: [String] { canvas.chart.table.longLabels }

    func sentence(_ text: String) -> String { text + (zh ? "。" : ".") }

    func overview() -> String {
        let type = canvas.strings.typeNames[canvas.chart.type] ?? ""
        let count = labels.count
        guard let first = labels.first, let last = labels.last else { return sentence(type) }
        if zh {
            let span = count > 1 ? "，\(first)至\(last)" : "，\(first)"
            return sentence("\(type)，共\(count)个\(canvas.labelsArePeriods ? "时期" : "类别")\(span)")
        }
        let noun = canvas.labelsArePeriods ? (count == 1 ? "period" : "periods") : (count == 1 ? "category" : "categories")
        let span = count > 1 ? ", \(first) to \(last)" : ", \(first)"
        return sentence("\(type) of \(count) \(noun)\(span)")
    }

    /// Highest, lowest and (for periods) latest value of one series.
    func seriesSummary(_ series: ChartSeries) -> String? {
        let points = zip(labels, series.values).compactMap { label, value in value.map { (label, $0) } }
        guard let high = points.max(by: { $0.1.value < $1.1.value }),
              let low = points.min(by: { $0.1.value < $1.1.value }), let latest = points.last else { return nil }
        var parts = [phrase(zh ? "最高" : "highest", high), phrase(zh ? "最低" : "lowest", low)]
        if canvas.labelsArePeriods { parts.append(phrase(zh ? "最新" : "latest", latest)) }
        if points.count == 1 { parts = [phrase("", latest)] }
        let summary = parts.joined(separator: zh ? "，" : ", ")
        guard !series.name.isEmpty else { return sentence(zh ? summary : summary.prefix(1).uppercased() + summary.dropFirst()) }
        return sentence(series.name + (zh ? "：" : ": ") + summary)
    }

    func phrase(_ word: String, _ point: (String, ChartValue)) -> String {
        let value = canvas.spoken(point.1)
        let when = canvas.labelsArePeriods ? " in \(point.0)" : " (\(point.0))"
        if word.isEmpty { return zh ? "\(point.0)为\(value)" : value + when }
        return zh ? "\(word)为\(point.0)的\(value)" : "\(word) \(value)\(when)"
    }

    func targets() -> [String] {
        canvas.chart.table.series.compactMap { series in
            let items = zip(labels, series.targets).compactMap { label, target in
                target.map { target in
                    let spoken = canvas.qualified(canvas.format.string(target), target.qualifier)
                    return zh ? "\(label)为\(spoken)" : "\(spoken) for \(label)"
                }
            }
            guard !items.isEmpty else { return nil }
            return sentence((zh ? "目标：" : "Targets: ") + items.joined(separator: zh ? "，" : ", "))
        }
    }

    func reference(_ reference: ChartReference) -> String {
        let label = reference.label.map { $0 + (zh ? "" : " ") } ?? ""
        let head = zh ? "参考" : "Reference"
        let to = canvas.format.string(reference.to, decimals: reference.decimals)
        guard let from = reference.from else {
            return sentence("\(head)\(zh ? "：" : ": ")\(label)\(to)")
        }
        let range = "\(canvas.format.string(from, decimals: reference.decimals))\(zh ? "至" : " to ")\(to)"
        return sentence("\(head)\(zh ? "：" : ": ")\(label)\(range)")
    }
}
