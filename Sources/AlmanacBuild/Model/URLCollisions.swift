import AlmanacCore

/// Pages that would be written to the same file, or to a file where another page needs a
/// folder (`en/atom.xml` and an article with the slug `atom.xml`): an error naming both
/// sources, rather than one page silently replacing the other or a failed write.
struct URLCollisions {
    var model: SiteModel
    var urls: SiteURLs
    /// Folders of the output that no page may be written into.
    static let reservedFolders = [SiteURLs.archiveFolder]

    func problems() -> [Diagnostic] {
        var owners: [String: PageTarget] = [:]
        var problems: [Diagnostic] = []
        let targets = model.pageTargets.map { ($0, $0.path(urls)) }
        for (target, path) in targets {
            if let other = owners[path] {
                problems.append(collision(target, other, path))
            } else {
                owners[path] = target
            }
        }
        for (target, path) in targets {
            if let folder = Self.reservedFolders.first(where: { path.hasPrefix($0 + "/") }) {
                problems.append(.error("\(describe(target)) would be published inside \(folder)/, the folder of the frozen editions; "
                                       + "choose another name", at: location(target)))
            }
            var parent = path
            while let slash = parent.lastIndex(of: "/") {
                parent = String(parent[..<slash])
                if let other = owners[parent] { problems.append(collision(target, other, parent)) }
            }
        }
        return problems.sortedByLocation()
    }

    private func collision(_ target: PageTarget, _ other: PageTarget, _ path: String) -> Diagnostic {
        let (first, second) = location(target) == nil ? (other, target) : (target, other)
        return .error("\(describe(first)) and \(describe(second)) would both be published at \(path); rename one of them",
                      at: location(first))
    }

    private func location(_ target: PageTarget) -> SourceLocation? {
        guard case let .article(id, language) = target, let article = model.article(id, language: language) else { return nil }
        return SourceLocation(path: article.path)
    }

    private func describe(_ target: PageTarget) -> String {
        switch target {
        case let .article(id, language): model.article(id, language: language).map { "the article \($0.path)" } ?? "an article"
        case let .tag(tag, language): "the \(language) page of the tag \"\(tag)\""
        case let .indicator(id, language): "the \(language) page of the indicator \"\(id)\""
        case let .edition(year, language): "the \(language) page of edition \(year)"
        case let .revisions(year, language): "the \(language) revisions page of edition \(year)"
        case let .home(language): "the \(language) home page"
        case let .tagIndex(language): "the \(language) tag index"
        case let .indicatorIndex(language): "the \(language) indicator index"
        case let .search(language): "the \(language) search page"
        case let .archiveIndex(language): "the \(language) archive page"
        case let .feed(language): "the \(language) Atom feed"
        case let .searchIndex(language): "the \(language) search index"
        case let .editionData(year, language, format): "the \(language) \(format.rawValue) download of edition \(year)"
        case let .siteData(language, format): "the \(language) \(format.rawValue) download of every edition"
        case .root: "the site's entry page"
        case .notFound: "the not-found page"
        case .sitemap: "the sitemap"
        case .robots: "robots.txt"
        }
    }
}
