package crosscheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import crosscheck.core.InputFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {

    @TempDir
    Path dir;

    private void touch(String relative) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "x");
    }

    private static List<String> ids(InputFiles.Expansion e) {
        return e.files().stream().map(InputFile::idBase).toList();
    }

    @Test
    void walksFoldersRecursivelyInSortedOrderAndSkipsHiddenFiles() throws IOException {
        touch("b.txt");
        touch("a/c.html");
        touch(".hidden/d.txt");
        touch(".e.txt");
        InputFiles.Expansion e = InputFiles.expand(List.of(dir.toString()));
        assertEquals(List.of("c", "b"), ids(e));
        assertTrue(e.problems().isEmpty());
    }

    @Test
    void expandsGlobPatterns() throws IOException {
        touch("x/one.txt");
        touch("x/two.html");
        touch("x/deep/three.txt");
        assertEquals(List.of("one"), ids(InputFiles.expand(List.of(dir + "/x/*.txt"))));
        assertEquals(List.of("three", "one"), ids(InputFiles.expand(List.of(dir + "/x/**.txt"))));
    }

    @Test
    void reportsPathsThatNameNothing() {
        InputFiles.Expansion e = InputFiles.expand(List.of(dir.resolve("missing.txt").toString(),
                dir + "/*.nothing"));
        assertTrue(e.files().isEmpty());
        assertEquals(2, e.problems().size());
        assertEquals("no such file or folder", e.problems().get(0).message());
        assertEquals("the pattern matches no file", e.problems().get(1).message());
        assertTrue(e.problems().get(0).isError());
    }

    @Test
    void listsEachFileOnceAndKeepsIdsUnique() throws IOException {
        touch("a/story.txt");
        touch("b/story.html");
        InputFiles.Expansion e = InputFiles.expand(List.of(dir.toString(), dir.resolve("a/story.txt").toString()));
        assertEquals(List.of("story", "story~2"), ids(e));
        assertEquals("duplicate-id", e.problems().get(0).code());
    }

    @Test
    void idsStayUniqueEvenAgainstFilesNamedLikeRenamedOnes() throws IOException {
        touch("a.txt");
        touch("a.html");
        touch("a~2.txt");
        InputFiles.Expansion e = InputFiles.expand(List.of(dir.toString()));
        List<String> ids = ids(e);
        assertEquals(3, new java.util.HashSet<>(ids).size(), ids.toString());
    }

    @Test
    void idBaseHasNoControlCharactersOrRecordMarks() {
        assertEquals("x__y", InputFiles.idBase("x\r\ny.txt"));
        assertEquals("x_1", InputFiles.idBase("x#1.txt"));
    }

    @Test
    void idBaseDropsCompressionAndExtension() {
        assertEquals("crawl", InputFiles.idBase("crawl.warc.gz"));
        assertEquals("000_ab64", InputFiles.idBase("000_ab64.txt"));
        assertEquals("README", InputFiles.idBase("README"));
        assertEquals(".profile", InputFiles.idBase(".profile"));
    }
}
