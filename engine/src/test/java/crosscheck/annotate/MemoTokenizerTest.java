package crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class MemoTokenizerTest {

    private static final String TEXT = """
            Brask said: "The Halvergate dam's 12 gates held 3,400 m3 at 4.5%." Ms. Reyle (of Lorne County) \
            disagreed -- U.S.-based engineers, e.g. Dr. Brask's team, had warned on 12/04/2026; see \
            https://example.org/dam?id=7&x=1 or mail brask@example.org. &amp; 'Quay' closed... \u201cNo,\u201d he \
            said\u2014twice. It's $1.2bn\u00a0in all; rescuers' boats [3] {a} x y z!? Brask's Brask's Brask's \
            Halvergate-bound\tferries\nran\u2009on. "Reyle," "Reyle," 'n' i.e., Mr. Mr. A.B.C. \
            """;

    @Test
    void splitsEveryWordAsOpenNlpsTokenizerDoesTheFirstTimeAndAfter() throws IOException {
        TokenizerModel model = model();
        TokenizerME openNlp = new TokenizerME(model);
        MemoTokenizer memo = new MemoTokenizer(model);
        for (int pass = 0; pass < 2; pass++) {
            for (String line : TEXT.split("(?<=[.!?]) ")) {
                assertArrayEquals(openNlp.tokenizePos(line), memo.tokenizePos(line), line);
            }
            assertArrayEquals(openNlp.tokenizePos(TEXT), memo.tokenizePos(TEXT));
        }
        assertArrayEquals(openNlp.tokenizePos(""), memo.tokenizePos(""));
        assertArrayEquals(openNlp.tokenizePos(" \t "), memo.tokenizePos(" \t "));
    }

    @Test
    void splitsTheSeedReportsAsOpenNlpsTokenizerDoes() throws IOException {
        Path seeds = Path.of("..", "..", "shared", "seeds"); // ../shared beside the repository
        Assumptions.assumeTrue(Files.isDirectory(seeds), "../shared/seeds is absent: comparison skipped");
        TokenizerModel model = model();
        TokenizerME openNlp = new TokenizerME(model);
        MemoTokenizer memo = new MemoTokenizer(model);
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(seeds)) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        }
        int lines = 0;
        for (Path f : files) {
            String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                assertArrayEquals(openNlp.tokenizePos(line), memo.tokenizePos(line), line);
                lines++;
            }
        }
        assertTrue(lines > 100, "lines compared: " + lines);
    }

    private static TokenizerModel model() throws IOException {
        try (InputStream in = MemoTokenizerTest.class.getResourceAsStream("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin")) {
            return new TokenizerModel(in);
        }
    }
}
