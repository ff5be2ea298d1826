package crosscheck.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Term weights of a round of stories weighed against an archive's counts: the same weights as a batch of all the
 * archive's sentences.
 */
class TermWeightsTest {

    private static StorySentence sentence(String article, int index, String... terms) {
        return new StorySentence(article, index, 0, 1, String.join(" ", terms), List.of(terms), false);
    }

    /** The archive's counts over these sentences, as it keeps them (by hash). */
    private static TermCounts.Background counted(List<StorySentence> sentences) {
        TermCounts.Counted c = TermCounts.of(sentences);
        return hashes -> {
            long[] out = new long[hashes.length];
            for (int i = 0; i < hashes.length; i++) {
                out[i] = c.terms().getOrDefault(hashes[i], 0);
            }
            return new TermCounts.Totals(c.sentences(), out);
        };
    }

    private static List<List<String>> terms(List<StorySentence> sentences) {
        return sentences.stream().map(StorySentence::terms).toList();
    }

    private final List<StorySentence> round = List.of(
            sentence("a1", 0, "weapon", "improvis", "firearm"),
            sentence("a1", 1, "polic", "weapon", "detail"),
            sentence("a2", 0, "boi", "pronounc", "dead", "hospit"));
    /** Sentences of other stories in the archive: the round's words "weapon" and "polic" are common there. */
    private final List<StorySentence> elsewhere = List.of(
            sentence("b1", 0, "polic", "weapon", "shoot"),
            sentence("b1", 1, "polic", "arrest", "suspect"),
            sentence("c1", 0, "weapon", "recov", "scene"),
            sentence("c1", 1, "harvest", "orchard", "record"));

    /** Every term of the round weighs what it would in a batch of all (the cross-check asks for no other). */
    @Test
    void aRoundWeighedAgainstTheArchiveGetsTheWeightsOfABatchOfAllItsSentences() {
        List<StorySentence> all = new ArrayList<>(round);
        all.addAll(elsewhere);
        TermWeights batch = TermWeights.of(all);
        TermWeights archived = TermWeights.of(round, terms(round), counted(all));
        for (StorySentence s : round) {
            for (String t : s.terms()) {
                assertEquals(batch.weight(t), archived.weight(t), 1e-12, t);
            }
        }
        assertEquals(batch.weight("never-seen"), archived.weight("never-seen"), 1e-12);
        TermWeights alone = TermWeights.of(round);
        assertTrue(archived.weight("weapon") / archived.weight("improvis")
                        < alone.weight("weapon") / alone.weight("improvis"),
                "a word common across the archive weighs less, beside a rare one, than in the round alone");
    }

    @Test
    void anArchiveThatHasNotCountedTheRoundYetAddsNothingBelowZero() {
        TermWeights alone = TermWeights.of(round);
        TermWeights stale = TermWeights.of(round, terms(round), counted(List.of()));
        for (StorySentence s : round) {
            for (String t : s.terms()) {
                assertEquals(alone.weight(t), stale.weight(t), 1e-12, t);
            }
        }
    }

    @Test
    void entitiesAreCountedUnderTheirOwnNamesAndMatchedUnderTheStorysName() {
        // The round names "Mara Lindqvist" as the story does; the archive counted the article's own "lindqvist".
        List<StorySentence> storyTerms = List.of(sentence("a1", 0, "e:mara lindqvist", "paid", "consult"));
        List<List<String>> own = List.of(List.of("e:lindqvist", "paid", "consult"));
        List<StorySentence> archive = List.of(sentence("a1", 0, "e:lindqvist", "paid", "consult"),
                sentence("b1", 0, "e:mara lindqvist", "resign"), sentence("b1", 1, "paid", "harbour"));
        TermWeights w = TermWeights.of(storyTerms, own, counted(archive));
        Map<String, Long> df = new HashMap<>();
        df.put("e:mara lindqvist", 2L); // the round's own and b1's
        df.put("paid", 2L);
        df.put("consult", 1L);
        df.forEach((t, n) -> assertEquals(Math.log(4.0 / (n + 1.0)) + 1.0, w.weight(t), 1e-12, t));
    }

    @Test
    void aBackgroundThatAnswersForOtherTermsIsRefused() {
        TermCounts.Background wrong = hashes -> new TermCounts.Totals(1, new long[0]);
        assertThrows(IllegalStateException.class, () -> TermWeights.of(round, terms(round), wrong));
    }
}
