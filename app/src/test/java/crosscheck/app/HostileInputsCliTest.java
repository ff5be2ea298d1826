package crosscheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import crosscheck.pipeline.HostileInputs;
import crosscheck.report.SchemaCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole command on the hostile inputs of issue 21 beside a good article and two unreadable files with odd names:
 * every readable article is reported, each bad file gets one line naming it, and every output file is valid.
 */
class HostileInputsCliTest {

    @TempDir
    Path dir;

    @Test
    void hostileArticlesAndOddFileNamesNeverCostTheReport() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        HostileInputs.write(in);
        Files.writeString(in.resolve("good.txt"), "Road over the Halvergate dam reopens\n\nLorne County reopened the "
                + "road over the Halvergate dam on Friday, the county engineer Mara Brask said, after inspectors found "
                + "the spillway safe.\n");
        byte[] binary = new byte[512];
        Arrays.fill(binary, (byte) 1);
        Files.write(in.resolve("a\nb.txt"), binary);
        Files.write(in.resolve("\u001B[31mred.txt"), binary);
        Path out = dir.resolve("out");

        Cli cli = Cli.run("analyze", in.toString(), "--out", out.toString(), "--quiet");

        assertEquals(1, cli.exitCode(), "the unreadable files are errors; the rest is reported: " + cli.err());
        List<String> lines = cli.err().lines().toList();
        assertTrue(lines.stream().allMatch(l -> l.chars().noneMatch(Character::isISOControl)), cli.err());
        assertEquals(List.of("controls.txt: warning", "escape.jsonl, line 1: warning", "references.html: warning"),
                lines.stream().filter(l -> l.endsWith("[bad-characters]"))
                        .map(l -> l.substring(in.toString().length() + 1, l.indexOf(": ", l.indexOf(": ") + 1)))
                        .sorted().toList(), cli.err());
        assertEquals(1, lines.stream().filter(l -> l.startsWith(in + "/a\\nb.txt: error: ")).count(), cli.err());
        assertEquals(1, lines.stream().filter(l -> l.startsWith(in + "/\\x1b[31mred.txt: error: ")).count(), cli.err());
        assertEquals(5, lines.size(), "one line for each bad file and nothing else: " + cli.err());

        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        SchemaCheck.assertValid(report);
        assertEquals(5, report.get("articles").size(), "the four hostile articles and the good one");
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.resolve("actors.gexf").toFile());
        for (String name : List.of("report.md", "report.html")) {
            String text = Files.readString(out.resolve(name));
            assertTrue(text.chars().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t'), name);
        }
    }
}
