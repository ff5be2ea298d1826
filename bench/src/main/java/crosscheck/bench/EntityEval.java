package crosscheck.bench;

import crosscheck.annotate.AttributionAnnotator;
import crosscheck.annotate.EntityAnnotator;
import crosscheck.core.Article;
import crosscheck.core.Attribution;
import crosscheck.core.Entity;
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
import java.util.function.Function;

/**
 * Entity resolution against ECB+'s entity coreference ({@code ../shared/data/ecbplus}, train and dev topics; the test
 * topics are held back). Each document is rebuilt from its XML tokens, one paragraph per sentence, and annotated by
 * {@link EntityAnnotator}; a sub-topic (one real-world event) is one story, whose entities
 * {@link EntityAnnotator#merge} joins across its documents as the report does.
 *
 * <p>The gold mentions are ECB+'s participant and location mentions ({@code HUMAN_PART_PER}, {@code _ORG},
 * {@code _GPE}, {@code LOC_GEO}, {@code LOC_FAC}, {@code LOC_OTHER}) in the validated sentences, chained by their
 * {@code CROSS_DOC_COREF} instance. crosscheck resolves names, not pronouns or descriptions, so a gold mention is
 * scored when a name the annotator found lies inside it ("the actress Lindsay Lohan" holds "Lindsay Lohan"), and
 * stands for the first such name (a phrase's head comes before its modifiers: "a Waitrose store in Banstead"); the
 * share of gold mentions scored is printed as coverage. On the scored mentions, B³ and MUC compare the annotator's
 * entities with the gold chains, within each document and within each story (across its documents), beside a
 * baseline that joins mentions only when their names are written the same.
 *
 * <p>Pronouns are resolved where they matter to the report: as the source of an attribution ("he said"). Each "he" or
 * "she" that {@link AttributionAnnotator} makes a source, and that ECB+ chains to a name found in the same document
 * (in any sentence: few validated sentences hold one),
 * counts as resolved when the source it is given is the entity of that name; beside it, the person named last before
 * the pronoun.
 */
final class EntityEval {

    private static final Set<String> SCORED = Set.of("HUMAN_PART_PER", "HUMAN_PART_ORG", "HUMAN_PART_GPE", "LOC_GEO",
            "LOC_FAC", "LOC_OTHER");

    private EntityEval() {
    }

    /** A gold mention matched to a name: its gold chain, its document and story, and the names that cluster it. */
    private record Scored(String doc, String story, String chain, String name, String docEntity, String storyEntity,
            String goldText) {
    }

    /** {@code entities [--errors] [ECBPLUS_DIR]}: the train topics, then the dev topics. */
    public static void main(String[] args) throws IOException {
        boolean errors = args.length > 0 && args[0].equals("--errors");
        if (errors) {
            args = java.util.Arrays.copyOfRange(args, 1, args.length);
        }
        Path dir = args.length > 0 ? Path.of(args[0]) : Path.of("..", "shared", "data", "ecbplus");
        EntityAnnotator annotator = EntityAnnotator.standard();
        for (String split : List.of("train", "dev")) {
            score(dir, split, annotator, errors);
        }
    }

    private static void score(Path dir, String split, EntityAnnotator annotator, boolean errors) throws IOException {
        Map<String, String[]> docs = new LinkedHashMap<>(); // doc -> {topic, sub-topic}
        for (String[] row : ClusteringCorpora.tsvRows(dir.resolve("derived/documents.tsv"))) {
            if (row[3].equals(split)) {
                docs.put(row[0], new String[] {row[1], row[2]});
            }
        }
        Map<String, List<String[]>> goldByDoc = new HashMap<>();
        Map<String, List<String[]>> allGoldByDoc = new HashMap<>(); // every sentence, for the pronouns
        for (String[] row : ClusteringCorpora.tsvRows(dir.resolve("derived/mentions.tsv"))) {
            if (docs.containsKey(row[0]) && SCORED.contains(row[5])) {
                allGoldByDoc.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row);
                if (row[8].equals("True")) {
                    goldByDoc.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row);
                }
            }
        }
        // Every document annotated, grouped by story.
        Map<String, Map<String, List<Entity>>> byStory = new TreeMap<>();
        Map<String, ClusteringCorpora.EcbDocument> texts = new HashMap<>();
        for (Map.Entry<String, String[]> e : docs.entrySet()) {
            ClusteringCorpora.EcbDocument d = ClusteringCorpora.ecbDocument(
                    dir.resolve("ECB+").resolve(e.getValue()[0]).resolve(e.getKey()));
            texts.put(e.getKey(), d);
            Article article = new Article(e.getKey(), SourceRef.of(e.getKey()), null, null, null, null, null, d.text(),
                    List.of());
            byStory.computeIfAbsent(e.getValue()[1], k -> new LinkedHashMap<>()).put(e.getKey(),
                    annotator.annotate(article));
        }
        List<Scored> scored = new ArrayList<>();
        AttributionAnnotator attributions = AttributionAnnotator.standard();
        int[] pronouns = new int[3]; // resolvable, resolved, person named last
        int gold = 0;
        int capitalised = 0;
        int capitalisedScored = 0;
        for (Map.Entry<String, Map<String, List<Entity>>> story : byStory.entrySet()) {
            List<Entity> merged = EntityAnnotator.merge(story.getValue());
            for (Map.Entry<String, List<Entity>> doc : story.getValue().entrySet()) {
                ClusteringCorpora.EcbDocument d = texts.get(doc.getKey());
                for (String[] m : goldByDoc.getOrDefault(doc.getKey(), List.of())) {
                    int[] first = d.tokenSpans().get(Integer.parseInt(m[9]));
                    int[] last = d.tokenSpans().get(Integer.parseInt(m[10]));
                    if (first == null || last == null) {
                        continue;
                    }
                    gold++;
                    boolean name = Character.isUpperCase(d.text().charAt(first[0]))
                            || m[11].chars().anyMatch(Character::isUpperCase);
                    if (name) {
                        capitalised++;
                    }
                    Entity.Mention best = null;
                    Entity bestEntity = null;
                    for (Entity entity : doc.getValue()) {
                        for (Entity.Mention x : entity.mentions()) {
                            if (x.start() >= first[0] && x.end() <= last[1] && (best == null
                                    || x.start() < best.start() || x.start() == best.start() && x.end() > best.end())) {
                                best = x;
                                bestEntity = entity;
                            }
                        }
                    }
                    if (best == null) {
                        continue;
                    }
                    if (name) {
                        capitalisedScored++;
                    }
                    scored.add(new Scored(doc.getKey(), story.getKey(), m[12], EntityAnnotator.normalise(best.text()),
                            bestEntity.name(), storyEntity(merged, bestEntity, doc.getKey()), m[11]));
                }
                pronouns(doc.getKey(), d, doc.getValue(), allGoldByDoc.getOrDefault(doc.getKey(), List.of()),
                        attributions, pronouns, errors);
            }
        }
        System.out.printf(Locale.ROOT, "ECB+ %s topics: %d documents, %d stories; %d gold entity mentions in the "
                + "validated sentences, %d scored (a name found inside: %.3f; of the %d that hold a capital letter, "
                + "%.3f)%n", split, docs.size(), byStory.size(), gold, scored.size(), (double) scored.size() / gold,
                capitalised, (double) capitalisedScored / Math.max(1, capitalised));
        print("within documents, crosscheck   ", scored, s -> s.doc() + "|" + s.chain(), s -> s.doc() + "|" + s.docEntity());
        print("within documents, same name    ", scored, s -> s.doc() + "|" + s.chain(), s -> s.doc() + "|" + s.name());
        print("within stories,   crosscheck   ", scored, s -> s.story() + "|" + s.chain(),
                s -> s.story() + "|" + s.storyEntity());
        print("within stories,   same name    ", scored, s -> s.story() + "|" + s.chain(), s -> s.story() + "|" + s.name());
        System.out.printf(Locale.ROOT, "pronoun sources ('he', 'she') that ECB+ chains to a name in their document: %d;"
                + " resolved to it %.3f (%d), the person named last before the pronoun %.3f (%d)%n", pronouns[0],
                (double) pronouns[1] / Math.max(1, pronouns[0]), pronouns[1],
                (double) pronouns[2] / Math.max(1, pronouns[0]), pronouns[2]);
        if (errors) {
            errors(scored);
        }
    }

    /**
     * Counts into {@code counts} the pronoun sources of one document's attributions that its gold chains tie to a
     * name found there: {resolvable, resolved to that name, the person named last before them}.
     */
    private static void pronouns(String doc, ClusteringCorpora.EcbDocument d, List<Entity> entities,
            List<String[]> gold, AttributionAnnotator annotator, int[] counts, boolean errors) {
        Map<String, Set<String>> chainsOf = new HashMap<>(); // entity name -> the gold chains of its names
        Map<Integer, String> pronounChain = new HashMap<>();
        for (String[] m : gold) {
            int[] first = d.tokenSpans().get(Integer.parseInt(m[9]));
            int[] last = d.tokenSpans().get(Integer.parseInt(m[10]));
            if (first == null || last == null) {
                continue;
            }
            if (m[9].equals(m[10]) && Set.of("he", "she").contains(m[11].toLowerCase(Locale.ROOT))) {
                pronounChain.put(first[0], m[12]);
                continue;
            }
            for (Entity e : entities) {
                for (Entity.Mention x : e.mentions()) {
                    if (x.start() >= first[0] && x.end() <= last[1]) {
                        chainsOf.computeIfAbsent(e.name(), k -> new HashSet<>()).add(m[12]);
                    }
                }
            }
        }
        if (pronounChain.isEmpty()) {
            return;
        }
        Article article = new Article(doc, SourceRef.of(doc), null, null, null, null, null, d.text(), List.of());
        Set<Integer> seen = new HashSet<>();
        for (Attribution a : annotator.annotate(article, entities, Set.of()).attributions()) {
            String chain = pronounChain.get(a.sourceStart());
            if (chain == null || !seen.add(a.sourceStart())
                    || chainsOf.values().stream().noneMatch(c -> c.contains(chain))) {
                continue;
            }
            counts[0]++;
            if (a.source() != null && chainsOf.getOrDefault(a.source(), Set.of()).contains(chain)) {
                counts[1]++;
            } else if (errors) {
                int from = Math.max(0, d.text().lastIndexOf("\n", a.sourceStart()));
                System.out.println("PRONOUN " + doc + " " + a.sourceText() + " -> " + a.source() + " (gold: "
                        + chainsOf.entrySet().stream().filter(e -> e.getValue().contains(chain)).map(Map.Entry::getKey)
                        .toList() + ") | " + d.text().substring(from, Math.min(d.text().length(), a.cueEnd() + 40))
                        .strip());
            }
            Entity last = null;
            int lastStart = -1;
            for (Entity e : entities) {
                for (Entity.Mention m : e.mentions()) {
                    if (e.type().equals("PER") && m.end() <= a.sourceStart() && m.start() > lastStart) {
                        last = e;
                        lastStart = m.start();
                    }
                }
            }
            if (last != null && chainsOf.getOrDefault(last.name(), Set.of()).contains(chain)) {
                counts[2]++;
            }
        }
    }

    /** The story entity the document's entity was merged into: the one that lists the document and the name. */
    private static String storyEntity(List<Entity> merged, Entity entity, String doc) {
        for (Entity m : merged) {
            if (m.articles().contains(doc) && (m.name().equals(entity.name()) || m.aliases().contains(entity.name()))) {
                return m.name();
            }
        }
        return "?" + entity.name();
    }

    /**
     * Entities that join two gold chains and gold chains split over entities, within documents ("doc") and within
     * stories ("story").
     */
    private static void errors(List<Scored> scored) {
        errors("doc  ", scored, Scored::doc, Scored::docEntity);
        errors("story", scored, Scored::story, Scored::storyEntity);
    }

    private static void errors(String level, List<Scored> scored, Function<Scored, String> unit,
            Function<Scored, String> entity) {
        Map<String, Map<String, Set<String>>> byPredicted = new TreeMap<>();
        Map<String, Map<String, Set<String>>> byGold = new TreeMap<>();
        for (Scored s : scored) {
            byPredicted.computeIfAbsent(unit.apply(s) + " | " + entity.apply(s), k -> new TreeMap<>())
                    .computeIfAbsent(s.chain(), k -> new java.util.TreeSet<>()).add(s.goldText());
            byGold.computeIfAbsent(unit.apply(s) + " | " + s.chain(), k -> new TreeMap<>())
                    .computeIfAbsent(entity.apply(s), k -> new java.util.TreeSet<>()).add(s.goldText());
        }
        byPredicted.forEach((k, v) -> {
            if (v.size() > 1) {
                System.out.println("JOINED " + level + " " + k + " " + v.values());
            }
        });
        byGold.forEach((k, v) -> {
            if (v.size() > 1) {
                System.out.println("SPLIT  " + level + " " + k + " " + v);
            }
        });
    }

    private static void print(String label, List<Scored> scored, Function<Scored, String> gold,
            Function<Scored, String> predicted) {
        ClusteringScore b3 = ClusteringScore.of(scored.stream().map(gold).toList(),
                scored.stream().map(predicted).toList());
        double[] muc = muc(scored, gold, predicted);
        System.out.printf(Locale.ROOT, "%s B3 P=%.3f R=%.3f F1=%.3f   MUC P=%.3f R=%.3f F1=%.3f%n", label,
                b3.precision(), b3.recall(), b3.f1(), muc[0], muc[1], f1(muc[0], muc[1]));
    }

    /**
     * MUC precision and recall (Vilain et al. 1995): recall sums, over gold clusters, the size minus the number of
     * predicted clusters it is split over, divided by the size minus one; precision the same with the roles swapped.
     */
    static <T> double[] muc(List<T> items, Function<T, String> gold, Function<T, String> predicted) {
        return new double[] {mucRecall(items, predicted, gold), mucRecall(items, gold, predicted)};
    }

    private static <T> double mucRecall(List<T> items, Function<T, String> key, Function<T, String> response) {
        Map<String, Set<String>> parts = new HashMap<>();
        Map<String, Integer> size = new HashMap<>();
        for (T t : items) {
            parts.computeIfAbsent(key.apply(t), k -> new HashSet<>()).add(response.apply(t));
            size.merge(key.apply(t), 1, Integer::sum);
        }
        long numerator = 0;
        long denominator = 0;
        for (Map.Entry<String, Integer> e : size.entrySet()) {
            numerator += e.getValue() - parts.get(e.getKey()).size();
            denominator += e.getValue() - 1;
        }
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
