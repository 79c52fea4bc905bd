/// Which templates each template includes, directly or through others, so a template edit
/// re-renders only the pages that use it.
struct TemplateDependencies {
    private var includes: [String: Set<String>] = [:]

    init(_ sources: [String: SourceFile]) {
        for (name, file) in sources {
            includes[name] = Self.references(in: file.text)
        }
    }

    /// True when `template` is `root` or is reached from it through partials and parents.
    func uses(_ root: String, _ template: String) -> Bool {
        var seen: Set<String> = []
        var queue = [root]
        while let name = queue.popLast() {
            if name == template { return true }
            guard seen.insert(name).inserted else { continue }
            queue += includes[name, default: []]
        }
        return false
    }

    /// Names after `{{>` (partials) and `{{<` (parents).
    static func references(in text: String) -> Set<String> {
        Set(TemplateReference.all(in: text).map(\.name))
    }
}
