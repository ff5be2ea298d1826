package crosscheck.bench;

import crosscheck.annotate.DateAnnotator;
import crosscheck.core.Article;
import crosscheck.core.DateMention;
import crosscheck.core.SourceRef;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Date and time expressions against ECB+'s time mentions ({@code ../shared/data/ecbplus}): the documents of the train
 * and dev topics (the test topics are held back), each rebuilt from its XML tokens as one paragraph per sentence. ECB+
 * annotates only some sentences of each document, so the sentences scored are those holding at least one gold mention
 * of any kind; the expressions {@link DateAnnotator} finds in other sentences are not counted. The gold expressions are
 * the {@code TIME_DATE} and {@code TIME_OF_THE_DAY} mentions (dates and times: "on Thursday", "May 2, 2013", "late
 * Thursday night"); {@code TIME_DURATION} ("for three days") and {@code TIME_REPETITION} ("every year") are not what
 * the annotator looks for, and their recall is printed apart. Scores as TempEval-3 scores time expressions: strict
 * (same span) and relaxed (overlapping spans, each matched once) precision, recall and F1. ECB+ gives no normalised
 * values and most of its documents no publication date, so the resolution of dates is tested by the unit tests, not
 * here.
 */
final class DateEval {

    private static final Set<String> SCORED = Set.of("TIME_DATE", "TIME_OF_THE_DAY");

    private DateEval() {
    }

    /** {@code dates [--errors] [ECBPLUS_DIR]}: the train topics, then the dev topics. */
    public static void main(String[] args) throws IOException {
        boolean errors = args.length > 0 && args[0].equals("--errors");
        if (errors) {
            args = java.util.Arrays.copyOfRange(args, 1, args.length);
        }
        Path dir = args.length > 0 ? Path.of(args[0]) : Path.of("..", "shared", "data", "ecbplus");
        for (String split : List.of("train", "dev")) {
            score(dir, split, errors && split.equals("train"));
        }
    }

    private static void score(Path dir, String split, boolean errors) throws IOException {
        Map<String, String> topicOf = new LinkedHashMap<>();
        for (String[] row : ClusteringCorpora.tsvRows(dir.resolve("derived/documents.tsv"))) {
            if (row[3].equals(split)) {
                topicOf.put(row[0], row[1]);
            }
        }
        Map<String, Set<Integer>> annotatedSentences = new HashMap<>();
        Map<String, List<String[]>> timeMentions = new HashMap<>();
        for (String[] row : ClusteringCorpora.tsvRows(dir.resolve("derived/mentions.tsv"))) {
            if (!topicOf.containsKey(row[0])) {
                continue;
            }
            annotatedSentences.computeIfAbsent(row[0], k -> new HashSet<>()).add(Integer.parseInt(row[7]));
            if (row[5].startsWith("TIME_")) {
                timeMentions.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row);
            }
        }
        DateAnnotator annotator = new DateAnnotator();
        int strictHits = 0;
        int relaxedHits = 0;
        int gold = 0;
        int predicted = 0;
        Map<String, int[]> recallByTag = new TreeMap<>();
        long tokens = 0;
        long nanos = 0;
        for (Map.Entry<String, String> e : topicOf.entrySet()) {
            String doc = e.getKey();
            ClusteringCorpora.EcbDocument d = ClusteringCorpora.ecbDocument(dir.resolve("ECB+").resolve(e.getValue()).resolve(doc));
            Set<Integer> scored = annotatedSentences.getOrDefault(doc, Set.of());
            List<int[]> goldSpans = new ArrayList<>();
            List<int[]> otherSpans = new ArrayList<>();
            List<String> otherTags = new ArrayList<>();
            for (String[] m : timeMentions.getOrDefault(doc, List.of())) {
                int[] first = d.tokenSpans().get(Integer.parseInt(m[9]));
                int[] last = d.tokenSpans().get(Integer.parseInt(m[10]));
                if (first == null || last == null) {
                    continue;
                }
                int[] span = {first[0], last[1]};
                if (SCORED.contains(m[5])) {
                    goldSpans.add(span);
                } else {
                    otherSpans.add(span);
                    otherTags.add(m[5]);
                }
            }
            Article article = new Article(doc, SourceRef.of(doc), null, null, null, null, null, d.text(), List.of());
            long t0 = System.nanoTime();
            List<DateMention> found = annotator.annotate(article);
            nanos += System.nanoTime() - t0;
            tokens += d.tokenSpans().size();
            List<int[]> predictedSpans = new ArrayList<>();
            for (DateMention m : found) {
                if (inScoredSentence(d, scored, m.start())) {
                    predictedSpans.add(new int[] {m.start(), m.end()});
                }
            }
            gold += goldSpans.size();
            predicted += predictedSpans.size();
            if (errors) {
                for (int[] g : goldSpans) {
                    if (!contains(predictedSpans, g)) {
                        System.out.println("MISS [" + d.text().substring(g[0], g[1]) + "] pred " + predictedSpans.stream()
                                .filter(p -> p[0] < g[1] && g[0] < p[1]).map(p -> d.text().substring(p[0], p[1]))
                                .toList());
                    }
                }
                for (int[] p : predictedSpans) {
                    if (goldSpans.stream().noneMatch(g -> p[0] < g[1] && g[0] < p[1])) {
                        System.out.println("FALSE [" + d.text().substring(p[0], p[1]) + "]");
                    }
                }
            }
            strictHits += strict(goldSpans, predictedSpans);
            int relaxed = relaxed(goldSpans, predictedSpans);
            relaxedHits += relaxed;
            int[] r = recallByTag.computeIfAbsent("TIME_DATE + TIME_OF_THE_DAY", k -> new int[2]);
            r[0] += relaxed;
            r[1] += goldSpans.size();
            for (int i = 0; i < otherSpans.size(); i++) {
                int[] o = recallByTag.computeIfAbsent(otherTags.get(i), k -> new int[2]);
                o[0] += relaxed(List.of(otherSpans.get(i)), predictedSpans);
                o[1]++;
            }
        }
        System.out.printf(Locale.ROOT, "ECB+ %s topics: %d documents; %d gold dates and times (TIME_DATE, "
                + "TIME_OF_THE_DAY) in the annotated sentences, %d predicted there%n", split, topicOf.size(), gold,
                predicted);
        print("strict ", strictHits, gold, predicted);
        print("relaxed", relaxedHits, gold, predicted);
        recallByTag.forEach((tag, r) -> System.out.printf(Locale.ROOT, "  relaxed recall of %-28s %.3f (%d of %d)%n",
                tag, (double) r[0] / Math.max(1, r[1]), r[0], r[1]));
        System.out.printf(Locale.ROOT, "speed %.0f tokens/s (one pass, one thread, whole documents)%n",
                tokens / (nanos / 1e9));
    }

    private static void print(String label, int hits, int gold, int predicted) {
        double p = (double) hits / Math.max(1, predicted);
        double r = (double) hits / Math.max(1, gold);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        System.out.printf(Locale.ROOT, "%s P=%.3f R=%.3f F1=%.3f%n", label, p, r, f);
    }

    private static boolean inScoredSentence(ClusteringCorpora.EcbDocument d, Set<Integer> scored, int offset) {
        for (int s : scored) {
            int[] span = d.sentenceSpans().get(s);
            if (span != null && span[0] <= offset && offset < span[1]) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(List<int[]> spans, int[] span) {
        return spans.stream().anyMatch(x -> x[0] == span[0] && x[1] == span[1]);
    }

    private static int strict(List<int[]> gold, List<int[]> predicted) {
        int hits = 0;
        for (int[] g : gold) {
            for (int[] p : predicted) {
                if (g[0] == p[0] && g[1] == p[1]) {
                    hits++;
                    break;
                }
            }
        }
        return hits;
    }

    /** Gold spans matched by an overlapping predicted span, each predicted span used once. */
    private static int relaxed(List<int[]> gold, List<int[]> predicted) {
        boolean[] used = new boolean[predicted.size()];
        int hits = 0;
        for (int[] g : gold) {
            for (int i = 0; i < predicted.size(); i++) {
                int[] p = predicted.get(i);
                if (!used[i] && p[0] < g[1] && g[0] < p[1]) {
                    used[i] = true;
                    hits++;
                    break;
                }
            }
        }
        return hits;
    }
}
