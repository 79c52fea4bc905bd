// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Almanac",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "almanac", targets: ["almanac"]),
        .library(name: "AlmanacBuild", targets: ["AlmanacBuild"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        .target(name: "AlmanacCore"),
        .target(name: "AlmanacMarkdown", dependencies: ["CCmark", "AlmanacCore"]),
        .target(name: "AlmanacCharts", dependencies: ["AlmanacCore"]),
        .target(name: "AlmanacFiles"),
        .target(name: "AlmanacTemplates"),
        .target(
            name: "AlmanacArchive",
            dependencies: [
                "AlmanacCore", "AlmanacFiles",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .target(
            name: "AlmanacBuild",
            dependencies: [
                "AlmanacCore", "AlmanacFiles", "AlmanacMarkdown", "AlmanacCharts", "AlmanacArchive", "AlmanacTemplates",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(
            name: "AlmanacPreview",
            dependencies: [
                "AlmanacBuild", "AlmanacCore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
        .executableTarget(
            name: "almanac",
            dependencies: [
                "AlmanacBuild", "AlmanacPreview", "AlmanacArchive", "AlmanacFiles",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "AlmanacCoreTests", dependencies: ["AlmanacCore"]),
        .testTarget(name: "AlmanacTemplatesTests", dependencies: ["AlmanacTemplates"]),
        .testTarget(name: "AlmanacMarkdownTests", dependencies: ["AlmanacMarkdown"]),
        .testTarget(name: "AlmanacChartsTests", dependencies: ["AlmanacCharts"], exclude: ["Golden"]),
        .testTarget(name: "AlmanacArchiveTests", dependencies: ["AlmanacArchive", "AlmanacCore", "AlmanacFiles"]),
        .testTarget(name: "AlmanacPreviewTests", dependencies: ["AlmanacPreview", "AlmanacBuild", "AlmanacFiles"]),
        .testTarget(
            name: "AlmanacBuildTests",
            dependencies: ["AlmanacBuild", "AlmanacArchive", "AlmanacFiles"],
            // Read from the source tree by path: fixture sites and the files they must build.
            exclude: ["Fixtures"]
        ),
    ]
)
