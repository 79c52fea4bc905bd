import AlmanacFiles
import Foundation
import Testing
@testable import AlmanacBuild

@Suite struct OutputWriterTests {
    let folder = TemporaryFolder()
    var output: String { folder.path + "/Output" }

    func inode(_ path: String) -> UInt64? {
        (try? FileManager.default.attributesOfItem(atPath: output + "/" + path))?[.systemFileNumber] as? UInt64
    }

    @Test func writesEveryPageAndRemovesWhatIsGone() throws {
        let writer = OutputWriter(outputRoot: output)
        try writer.write([RenderedPage(path: "a/index.html", text: "A"), RenderedPage(path: "b.txt", text: "B")])
        try writer.write([RenderedPage(path: "a/index.html", text: "A2")])
        #expect(try FileIO.disk.listFiles(output) == ["a/index.html"])
        #expect(FileManager.default.contents(atPath: output + "/a/index.html") == Data("A2".utf8))
    }

    @Test func keepsUnchangedFilesInsteadOfWritingThemAgain() throws {
        let writer = OutputWriter(outputRoot: output)
        try writer.write([RenderedPage(path: "same.html", text: "same"), RenderedPage(path: "changed.html", text: "old")])
        let same = inode("same.html"), changed = inode("changed.html")
        try writer.write([RenderedPage(path: "same.html", text: "same"), RenderedPage(path: "changed.html", text: "new")])
        #expect(inode("same.html") == same, "an identical page is linked from the previous build")
        #expect(inode("changed.html") != changed)
        #expect(FileManager.default.contents(atPath: output + "/changed.html") == Data("new".utf8))
    }

    @Test func writesBatchesIntoNewFoldersAndListsEveryFile() throws {
        let staging = try OutputWriter(outputRoot: output).begin()
        try staging.add([RenderedPage(path: "zh/2026/a/index.html", text: "A")])
        try staging.add([RenderedPage(path: "zh/2026/b/index.html", text: "B"), RenderedPage(path: "robots.txt", text: "R")])
        #expect(try staging.commit() == 3)
        #expect(staging.writtenPaths == ["zh/2026/a/index.html", "zh/2026/b/index.html", "robots.txt"])
        #expect(try FileIO.disk.listFiles(output).sorted() == ["robots.txt", "zh/2026/a/index.html", "zh/2026/b/index.html"])
    }

    @Test func anAbandonedBuildLeavesTheOutputAsItWas() throws {
        let writer = OutputWriter(outputRoot: output)
        try writer.write([RenderedPage(path: "a/index.html", text: "A")])
        let staging = try writer.begin()
        try staging.add([RenderedPage(path: "b/index.html", text: "B")])
        staging.abandon()
        #expect(try FileIO.disk.listFiles(output) == ["a/index.html"])
        let parent = (output as NSString).deletingLastPathComponent
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent) == ["Output"])
    }
}
