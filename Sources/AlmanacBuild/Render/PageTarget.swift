/// One page the site has, named independently of its contents, so a rebuild can ask for
/// exactly the pages a change affects.
public enum PageTarget: Hashable, Sendable {
    case root
    case home(language: String)
    case edition(Int, language: String)
    case article(ArticleID, language: String)

    /// The template that renders this kind of page.
    var template: String {
        switch self {
        case .root: "root"
        case .home: "home"
        case .edition: "edition"
        case .article: "article"
        }
    }
}

extension SiteModel {
    /// Whether the site has this page.
    func contains(_ target: PageTarget) -> Bool {
        switch target {
        case .root: true
        case let .home(language): config.language(language) != nil
        case let .edition(year, language): !articles(in: year, language: language).isEmpty
        case let .article(id, language): article(id, language: language) != nil
        }
    }

    /// Every page of the site, articles first.
    public var pageTargets: [PageTarget] {
        var targets = articles.map { PageTarget.article($0.id, language: $0.language) }
        targets.append(.root)
        for language in config.languages.map(\.code) {
            targets.append(.home(language: language))
            for year in editions where !articles(in: year, language: language).isEmpty {
                targets.append(.edition(year, language: language))
            }
        }
        return targets
    }
}
