package crosscheck.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Short made-up reports of three unrelated events, for the tests of adding articles to an analysis. */
final class IncrementalTexts {

    private IncrementalTexts() {
    }

    static final String BRIDGE_1 = """
            Harwick footbridge closed after engineers find cracks

            The Harwick river footbridge was closed on Monday after council engineers found cracks in two of its
            steel supports, the Harwick borough council said.

            Pedestrians crossing between the market square and the railway station must use the Dunmore road bridge,
            a detour of about fifteen minutes, while the footbridge is inspected.

            Council engineer Maren Tolliver said the cracks were found during a routine inspection of the footbridge.
            """;

    static final String BRIDGE_2 = """
            Cracks in steel supports close Harwick footbridge

            Harwick borough council closed the Harwick river footbridge on Monday after its engineers found cracks in
            the steel supports of the footbridge during a routine inspection.

            Council engineer Maren Tolliver said the footbridge would stay closed until the cracked supports were
            inspected and repaired. Pedestrians going from the railway station to the market square must take the
            Dunmore road bridge.
            """;

    static final String BRIDGE_3 = """
            Harwick footbridge repairs could take weeks

            Repairs to the cracked steel supports of the Harwick river footbridge could take several weeks, council
            engineer Maren Tolliver said on Tuesday.

            The footbridge, which links the railway station to the market square, was closed on Monday. Walkers use
            the Dunmore road bridge instead.
            """;

    static final String FROST_1 = """
            Late frost ruins Ostley valley apple blossom

            A late frost on Saturday night destroyed much of the apple blossom in the Ostley valley orchards, growers
            said, weeks before the harvest season.

            Orchard owner Bram Keswold said temperatures fell to minus four degrees and that most of his blossom had
            turned brown by Sunday morning.

            The Ostley growers' cooperative said it expected the apple harvest to be far smaller than last year.
            """;

    static final String FROST_2 = """
            Ostley apple growers count frost damage

            Apple growers in the Ostley valley were counting the damage on Sunday after a hard frost killed the
            blossom in many orchards.

            Bram Keswold, who grows apples near the valley's river, said the frost was the worst he had seen in
            thirty years of growing.

            The growers' cooperative said the apple harvest would be small and prices for cider makers would rise.
            """;

    static final String FROST_3 = """
            Cider makers fear shortage after Ostley frost

            Cider makers warned of a shortage of apples after the weekend frost in the Ostley valley destroyed blossom
            in the orchards.

            The Ostley growers' cooperative said orchard owners such as Bram Keswold had lost most of their blossom.
            """;

    static final String CHESS_1 = """
            Teenager wins Pellin Open chess title

            Sixteen-year-old Idris Vantaal won the Pellin Open chess tournament on Sunday, beating the grandmaster
            Oskar Lindqvist in the final round with the black pieces.

            Vantaal, who learned the game at a library club, finished with seven points from nine games and takes home
            the championship trophy.
            """;

    static final String CHESS_2 = """
            Vantaal, 16, takes Pellin Open chess crown

            Idris Vantaal became the youngest winner of the Pellin Open chess tournament on Sunday after defeating
            grandmaster Oskar Lindqvist in the last round.

            The sixteen-year-old scored seven points from nine games. Tournament organisers said the chess club at the
            Pellin library had produced three champions.
            """;

    /** Writes {@code text} to {@code dir/name}, creating the folder. */
    static Path write(Path dir, String name, String text) throws IOException {
        Files.createDirectories(dir);
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }
}
