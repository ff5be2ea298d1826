package crosscheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void bytesThatAreNotUtf8AreShownAsEscapesAndTheRestAsText() {
        assertEquals("\\xff\\xfe.txt",
                FileNames.utf8OrEscapes(new byte[] {(byte) 0xFF, (byte) 0xFE, '.', 't', 'x', 't'}));
        assertEquals("caf\u00e9 \\xc3.txt", FileNames.utf8OrEscapes(
                new byte[] {'c', 'a', 'f', (byte) 0xC3, (byte) 0xA9, ' ', (byte) 0xC3, '.', 't', 'x', 't'}));
        assertEquals("Brask \uD83D\uDE21", FileNames.utf8OrEscapes("Brask \uD83D\uDE21".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aNameTheSystemDecodedIsKeptAsItIs() {
        Path p = Path.of("in", "Brask caf\u00e9.txt");
        assertEquals(p.toString(), FileNames.display(p));
    }

    @Test
    void anArgumentJavaCannotMakeAPathOfIsOneProblemNamingIt() {
        InputFiles.Expansion e = InputFiles.expand(List.of("in/Brask\u0000.txt", "in/caf\uFFFD.txt"));
        assertTrue(e.files().isEmpty());
        assertEquals(List.of("in/Brask\u0000.txt", "in/caf\uFFFD.txt"),
                e.problems().stream().map(p -> p.location()).toList());
        assertTrue(e.problems().get(0).message().startsWith("not a file name Java can use"), e.problems().toString());
        assertTrue(e.problems().get(1).message().contains("not valid"), e.problems().toString());
        assertTrue(e.problems().stream().allMatch(p -> p.code().equals("no-such-input") && p.isError()));
    }
}
