package crosscheck.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The four hostile inputs of issue 21, written for tests of the engine and of the command line. */
public final class HostileInputs {

    private HostileInputs() {
    }

    /** About 600 characters of invented news: a dam in Lorne County. */
    public static final String DAM = "Lorne County officials said on Tuesday that the Halvergate dam inspection had found "
            + "cracks in the spillway. The county engineer, Mara Brask, told reporters that repairs would cost about 4 "
            + "million dollars and take six months. Residents of the valley said they had complained for years about "
            + "seepage below the dam. \"We warned them in 2019,\" said Tomas Reyle, who farms below the spillway. The "
            + "state water board said it would send its own inspectors next week, and the mayor said the road over the "
            + "dam would stay closed until the inspectors had finished their work.";

    public static final String ANGRY = "\uD83D\uDE21";

    /** The four hostile inputs of issue 21: a JSON escape, HTML references, emoji after a cue, controls in names. */
    public static void write(Path dir) throws IOException {
        String jsonText = DAM.substring(0, 200) + "\\ud800" + DAM.substring(200);
        Files.writeString(dir.resolve("escape.jsonl"), "{\"title\":\"Halvergate dam cracks found\",\"url\":"
                + "\"https://example.org/halvergate\",\"text\":\"" + jsonText.replace("\"", "\\\"") + "\"}\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("references.html"), "<html><head><title>Dam inspection in Lorne County</title>"
                + "</head><body><article><h1>Dam inspection in Lorne County</h1><p>Lorne County officials said on "
                + "Tuesday that the inspection had found &#xD800; cracks in the spillway, and the county engineer said "
                + "&#55296; that repairs would be costly.</p><p>The county engineer, Mara Brask, told reporters that "
                + "repairs would cost about 4 million dollars and take six months to finish.</p><p>Residents of the "
                + "valley said they had complained for years about seepage below the dam, which was built in 1962."
                + "</p></article></body></html>", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("emoji.txt"), "Halvergate dam failed, mayor says\n\nThe mayor told reporters "
                + ANGRY.repeat(3) + " that the dam failed on Monday night after days of rain in Lorne County. \"It "
                + "just gave way,\" said Mara Brask, the county engineer. Residents said the water reached their homes "
                + "within an hour. The mayor said " + ANGRY + " repairs would start soon.\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("controls.txt"), "Brask and Reyle meet in Lorne County\n\nMara\u0001 Brask met "
                + "Tomas\u000B Reyle and Ed\uFFFE Halver on Tuesday in Lorne County to discuss the dam. Mara\u0001 Brask "
                + "said the repairs would take months. Tomas\u000B Reyle said the county had ignored warnings. "
                + "Ed\uFFFE Halver, a farmer, said his fields flooded.\n", StandardCharsets.UTF_8);
    }
}
