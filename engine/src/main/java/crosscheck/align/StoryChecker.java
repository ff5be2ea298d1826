package crosscheck.align;

import crosscheck.annotate.AttributionAnnotator;
import crosscheck.annotate.EntityAnnotator;
import crosscheck.core.Annotations;
import crosscheck.core.Article;
import crosscheck.core.CrossCheck;
import crosscheck.core.Entity;
import crosscheck.core.Quantity;
import crosscheck.core.Story;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * Cross-checks each story of a batch: aligns its articles' sentences into claims, traces each claim to its original
 * sources and counts the independent ones, finds denials and figures that disagree, and builds the timeline, the
 * actor graph and a brief in which every sentence cites its articles. Near-duplicate copies count once: they are
 * listed with the claims their original carries, and add no origin. Thread-safe. A checker made with more than one
 * thread checks a batch's stories on that many threads at once (each story is checked on its own, against the batch's
 * term weights) and returns the same stories, in the same order, as with one.
 */
public final class StoryChecker {

    /** How alike (IDF-weighted cosine of terms) two sentences must be to state one claim. */
    public static final double DEFAULT_THRESHOLD = 0.3;
    /**
     * The story's most widely carried claims that get each article's stance (the model reads every article of the
     * story against each: the cost grows with claims times articles).
     */
    static final int MAX_STANCE_CLAIMS = 10;
    /** How alike a denial must be to a claim to deny it rather than the story's main claim. */
    static final double DENIAL_TARGET_THRESHOLD = 0.3;

    private final SentenceTerms terms;
    private final Set<String> knownOutlets;
    private final double threshold;
    private final int threads;
    private final crosscheck.align.stance.@org.jspecify.annotations.Nullable StanceClassifier stanceModel;

    /** A checker that works on the calling thread, without a stance model (claims get no {@code stances}). */
    public StoryChecker(SentenceModel sentences, Set<String> knownOutlets, double threshold) {
        this(sentences, knownOutlets, threshold, 1, null);
    }

    /** A checker that checks a batch's stories on {@code threads} threads, without a stance model. */
    public StoryChecker(SentenceModel sentences, Set<String> knownOutlets, double threshold, int threads) {
        this(sentences, knownOutlets, threshold, threads, null);
    }

    /**
     * A checker that checks a batch's stories on {@code threads} threads; the result does not depend on it.
     *
     * @param stance the stance model that says how each article stands to a claim two or more articles carry, or
     *               null for none
     */
    public StoryChecker(SentenceModel sentences, Set<String> knownOutlets, double threshold, int threads,
                        crosscheck.align.stance.@org.jspecify.annotations.Nullable StanceClassifier stance) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1], got " + threshold);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.terms = new SentenceTerms(sentences);
        this.knownOutlets = Set.copyOf(knownOutlets);
        this.threshold = threshold;
        this.threads = threads;
        this.stanceModel = stance;
    }

    /** The shipped sentence model, outlet list and stance model, and the default threshold. */
    public static StoryChecker standard() {
        return new StoryChecker(EntityAnnotator.sentenceModel(), AttributionAnnotator.knownOutletNames(),
                DEFAULT_THRESHOLD, 1, crosscheck.align.stance.StanceClassifier.standard());
    }

    /** Each story with what cross-checking found in it; a story that cannot be checked is a bug, and throws. */
    public List<Story> check(List<Story> stories, List<Article> articles, Map<String, Annotations> annotations) {
        return check(stories, articles, annotations, (story, e) -> {
            throw e;
        });
    }

    /**
     * Each story with what cross-checking found in it. A story whose check fails is kept as it was (without
     * claims) and passed to {@code onFailure}, on the calling thread and in story order; the other stories are
     * still checked.
     */
    public List<Story> check(List<Story> stories, List<Article> articles, Map<String, Annotations> annotations,
                             java.util.function.BiConsumer<Story, RuntimeException> onFailure) {
        return check(stories, articles, annotations, onFailure, null);
    }

    /**
     * Each story with what cross-checking found in it, as {@link #check(List, List, Map, java.util.function.BiConsumer)}
     * does, with term weights counted over the stories' sentences and, when {@code background} is given, over the
     * sentences an archive holds outside them: an archive that checks a few stories at a time then weighs terms as a
     * batch of all it holds would.
     *
     * @param background the archive's term counts (over every article it counted, these stories' among them), or
     *                   null to count over these stories only
     */
    public List<Story> check(List<Story> stories, List<Article> articles, Map<String, Annotations> annotations,
                             java.util.function.BiConsumer<Story, RuntimeException> onFailure,
                             TermCounts.@org.jspecify.annotations.Nullable Background background) {
        return check(stories, articles, annotations, () -> { }, onFailure, background);
    }

    /**
     * {@link #check(List, List, Map, java.util.function.BiConsumer, TermCounts.Background)}, telling {@code checked}
     * each time a story's check ends (on the thread that checked it).
     */
    public List<Story> check(List<Story> stories, List<Article> articles, Map<String, Annotations> annotations,
                             Runnable checked, java.util.function.BiConsumer<Story, RuntimeException> onFailure,
                             TermCounts.@org.jspecify.annotations.Nullable Background background) {
        Map<String, Article> byId = new HashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        Set<String> outlets = new LinkedHashSet<>();
        articles.forEach(a -> {
            if (a.outlet() != null) {
                outlets.add(a.outlet());
            }
        });
        List<Map<String, String>> names = stories.stream().map(story -> names(story.entities())).toList();
        List<Object> split = each(stories.size(), i -> {
            try {
                return sentences(stories.get(i), byId, annotations, names.get(i));
            } catch (RuntimeException e) {
                return e;
            }
        });
        List<Map<String, List<StorySentence>>> sentences = new ArrayList<>();
        for (Object o : split) {
            @SuppressWarnings("unchecked")
            Map<String, List<StorySentence>> ss = o instanceof RuntimeException ? Map.of()
                    : (Map<String, List<StorySentence>>) o;
            sentences.add(ss);
        }
        List<StorySentence> all = new ArrayList<>();
        for (int i = 0; i < stories.size(); i++) {
            Set<String> distinct = new java.util.HashSet<>(stories.get(i).distinctArticles());
            sentences.get(i).forEach((id, ss) -> {
                if (distinct.contains(id)) {
                    all.addAll(ss);
                }
            });
        }
        TermWeights weights;
        if (background == null) {
            weights = TermWeights.of(all);
        } else {
            List<List<String>> own = new ArrayList<>();
            for (Map<String, List<StorySentence>> perArticle : sentences) {
                perArticle.forEach((id, ss) -> own.addAll(TermCounts.ownTerms(ss,
                        annotations.getOrDefault(id, Annotations.none()))));
            }
            weights = TermWeights.of(all, own, background);
        }
        List<Object> results = each(stories.size(), i -> {
            try {
                return checkOne(i, stories, split, sentences, byId, annotations, names, weights, outlets);
            } finally {
                checked.run();
            }
        });
        List<Story> out = new ArrayList<>();
        for (int i = 0; i < stories.size(); i++) {
            if (results.get(i) instanceof RuntimeException e) {
                onFailure.accept(stories.get(i), e);
                out.add(stories.get(i));
            } else {
                out.add((Story) results.get(i));
            }
        }
        return out;
    }

    /** Story {@code i} checked, or the exception that stopped it. */
    private Object checkOne(int i, List<Story> stories, List<Object> split,
                            List<Map<String, List<StorySentence>>> sentences, Map<String, Article> byId,
                            Map<String, Annotations> annotations, List<Map<String, String>> names,
                            TermWeights weights, Set<String> outlets) {
        if (split.get(i) instanceof RuntimeException e) {
            return e;
        }
        try {
            Story story = stories.get(i);
            Map<String, String> displayNames = displayNames(story.entities());
            List<Article> storyArticles = story.distinctArticles().stream().map(byId::get)
                    .filter(java.util.Objects::nonNull).toList();
            Descriptions descriptions = Descriptions.of(storyArticles, annotations, displayNames);
            Origins origins = new Origins(outlets, knownOutlets, displayNames, descriptions);
            origins.learnOfficials(storyArticles, annotations);
            return story.withCheck(new Check(story, byId, annotations, sentences.get(i), names.get(i), weights,
                    origins, descriptions, displayNames).run());
        } catch (RuntimeException e) {
            return e;
        }
    }

    /**
     * The article's term counts as an archive keeps them for {@link #check(List, List, Map,
     * java.util.function.BiConsumer, TermCounts.Background)}: every sentence's terms, each entity under its own name.
     */
    public TermCounts.Counted termCounts(Article article, Annotations annotations) {
        return TermCounts.of(terms, article, annotations);
    }

    /** The sentences of each of the story's articles (those in {@code byId}), in story order. */
    private Map<String, List<StorySentence>> sentences(Story story, Map<String, Article> byId,
                                                       Map<String, Annotations> annotations,
                                                       Map<String, String> storyNames) {
        Map<String, List<StorySentence>> perArticle = new LinkedHashMap<>();
        for (String id : story.articles()) {
            Article a = byId.get(id);
            if (a != null) {
                perArticle.put(id, terms.sentences(a, annotations.getOrDefault(id, Annotations.none()), storyNames));
            }
        }
        return perArticle;
    }

    /** {@code task(0)} … {@code task(n - 1)}, in that order, worked out on the checker's threads. */
    private <T> List<T> each(int n, java.util.function.IntFunction<T> task) {
        return crosscheck.internal.Parallel.map(n, threads, task);
    }

    /** The story's normalised name for each normalised name and alias of its entities. */
    private static Map<String, String> names(List<Entity> entities) {
        Map<String, String> out = new HashMap<>();
        displayNames(entities).forEach((key, name) -> out.put(key, SentenceTerms.normalise(name)));
        return out;
    }

    /** The story's display name for each normalised name and alias of its entities. */
    private static Map<String, String> displayNames(List<Entity> entities) {
        Map<String, String> out = new HashMap<>();
        for (Entity e : entities) {
            out.putIfAbsent(SentenceTerms.normalise(e.name()), e.name());
            for (String alias : e.aliases()) {
                out.putIfAbsent(SentenceTerms.normalise(alias), e.name());
            }
        }
        return out;
    }

    /** The cross-check of one story. */
    private final class Check {
        private final Story story;
        private final Map<String, Article> byId;
        private final Map<String, Annotations> annotations;
        /** The sentences of the articles that count (near-duplicate copies left out), in story order. */
        private final Map<String, List<StorySentence>> sentences = new LinkedHashMap<>();
        /** The sentences of every article, copies included: a copy that changes a figure is checked too. */
        private final Map<String, List<StorySentence>> allSentences;
        private final Map<String, String> names;
        private final TermWeights weights;
        private final Origins origins;
        private final Descriptions descriptions;
        /** The story's display name for each normalised name and alias. */
        private final Map<String, String> displayNames;
        private final Map<StorySentence, String> claimOf = new IdentityHashMap<>();
        /** The story's main claim, or null. */
        private String lead;
        /** Each article's body prepared once for the stance model. */
        private final Map<String, crosscheck.align.stance.StanceText> preparedBodies = new HashMap<>();
        /** The keys of the origins each article cites, found once per article. */
        private final Map<String, Set<String>> citedKeys = new HashMap<>();
        /** The articles that carry a denial of anything in the story. */
        private final Set<String> denyingArticles = new LinkedHashSet<>();

        Check(Story story, Map<String, Article> byId, Map<String, Annotations> annotations,
              Map<String, List<StorySentence>> sentences, Map<String, String> names, TermWeights weights,
              Origins origins, Descriptions descriptions, Map<String, String> displayNames) {
            this.story = story;
            this.displayNames = displayNames;
            this.descriptions = descriptions;
            this.byId = byId;
            this.annotations = annotations;
            this.allSentences = sentences;
            Set<String> distinct = new java.util.HashSet<>(story.distinctArticles());
            sentences.forEach((id, ss) -> {
                if (distinct.contains(id)) {
                    this.sentences.put(id, ss);
                }
            });
            this.names = names;
            this.weights = weights;
            this.origins = origins;
        }

        private Annotations an(String id) {
            return annotations.getOrDefault(id, Annotations.none());
        }

        CrossCheck run() {
            Set<String> people = new java.util.HashSet<>();
            for (Entity e : story.entities()) {
                if (e.type().equals("PER")) {
                    people.add("e:" + SentenceTerms.normalise(e.name()));
                }
            }
            ClaimAligner aligner = new ClaimAligner(weights, threshold, people);
            sentences.values().forEach(aligner::add);
            List<List<StorySentence>> groups = new ArrayList<>(aligner.claims());
            Map<String, Integer> articleOrder = new HashMap<>();
            for (String id : story.articles()) {
                articleOrder.put(id, articleOrder.size());
            }
            groups.sort(Comparator.comparingInt((List<StorySentence> g) -> -g.size())
                    .thenComparingInt(g -> articleOrder.getOrDefault(g.get(0).article(), 0))
                    .thenComparingInt(g -> g.get(0).index()));
            for (int c = 0; c < groups.size(); c++) {
                for (StorySentence s : groups.get(c)) {
                    claimOf.put(s, story.id() + "-c" + (c + 1));
                }
            }
            Map<String, Origins.Traced> own = new HashMap<>();
            for (String id : sentences.keySet()) {
                own.put(id, origins.ownOrigin(byId.get(id), an(id)));
            }
            List<CrossCheck.Conflict> conflicts = new ArrayList<>();
            Map<String, List<CrossCheck.Denial>> denials = denials(groups, aligner, conflicts);
            List<CrossCheck.Conflict> numeric = numeric(own);
            Set<String> contested = new java.util.HashSet<>();
            for (CrossCheck.Conflict c : numeric) {
                if (c.verdict().equals("conflict")) {
                    contested.addAll(c.claims());
                }
            }
            List<CrossCheck.Claim> claims = new ArrayList<>();
            for (int c = 0; c < groups.size(); c++) {
                String id = story.id() + "-c" + (c + 1);
                claims.add(claim(id, groups.get(c), own, denials.getOrDefault(id, List.of()), contested.contains(id),
                        c < MAX_STANCE_CLAIMS));
            }
            conflicts = withDenialSides(conflicts, claims);
            conflicts.addAll(numeric);
            List<CrossCheck.TimelineEntry> timeline = Timeline.build(sentences, annotations, claimOf);
            CrossCheck.Actors actors = ActorGraph.build(sentences, annotations, displayNames, story.entities());
            List<CrossCheck.BriefSentence> brief = Brief.build(claims, conflicts);
            return new CrossCheck(claims, conflicts, timeline, actors, brief);
        }

        private CrossCheck.Claim claim(String id, List<StorySentence> group, Map<String, Origins.Traced> own,
                                       List<CrossCheck.Denial> denials, boolean contested, boolean withStances) {
            Set<String> deniedIn = new java.util.HashSet<>();
            denials.forEach(d -> deniedIn.add(d.article()));
            List<CrossCheck.ClaimMention> mentions = new ArrayList<>();
            Map<String, OriginBuilder> byKey = new LinkedHashMap<>();
            Set<String> articles = new LinkedHashSet<>();
            List<Set<String>> shingles = new ArrayList<>();
            List<Origins.Traced> traced = new ArrayList<>();
            for (StorySentence s : group) {
                Article a = byId.get(s.article());
                Origins.Traced t = origins.trace(a, an(s.article()), s, own.get(s.article()));
                Set<String> sh = shingles(s.text());
                for (int i = 0; i < shingles.size(); i++) {
                    if (copied(shingles.get(i), sh)) {
                        t = traced.get(i);
                        break;
                    }
                }
                shingles.add(sh);
                traced.add(t);
            }
            sameQuotedWords(group, traced);
            namedSpeakers(group, traced);
            leanOnCitedRoots(group, traced);
            for (int i = 0; i < group.size(); i++) {
                Origins.Traced t = traced.get(i);
                if (t.kind().equals("own-reporting") && t.chain().isEmpty() && (isQuotation(group.get(i).text())
                        || RELAYED.matcher(group.get(i).text()).find())) {
                    // "Brask reportedly joined the call": the outlet relays an unnamed report, not its own.
                    // A quotation is someone's words, never the outlet's own reporting: without a speaker, unknown.
                    traced.set(i, new Origins.Traced("unknown", "unknown", Origins.UNKNOWN + group.get(i).article()
                            + "@" + group.get(i).start(), null, List.of()));
                }
            }
            for (int i = 0; i < group.size(); i++) {
                StorySentence s = group.get(i);
                Origins.Traced t = traced.get(i);
                String stance = deniedIn.contains(s.article()) ? "reports-denial"
                        : Denials.hedges(s.text()) ? "hedges" : "supports";
                mentions.add(new CrossCheck.ClaimMention(s.article(), s.start(), s.end(), s.text(), stance,
                        t.name(), t.chain()));
                byKey.computeIfAbsent(t.key(), k -> new OriginBuilder()).add(t, s.article());
                articles.add(s.article());
            }
            for (List<String> copies : story.duplicates()) {
                if (articles.contains(copies.get(0))) {
                    articles.addAll(copies);
                }
            }
            List<String> ordered = story.articles().stream().filter(articles::contains).toList();
            List<CrossCheck.Origin> originList = byKey.values().stream().map(OriginBuilder::build).toList();
            Set<String> outlets = new LinkedHashSet<>();
            ordered.forEach(aid -> outlets.add(Origins.outletName(byId.get(aid))));
            Set<String> missing = new LinkedHashSet<>();
            for (String aid : story.articles()) {
                String o = Origins.outletName(byId.get(aid));
                if (!outlets.contains(o)) {
                    missing.add(o);
                }
            }
            int independent = (int) byKey.keySet().stream().filter(k -> !k.startsWith(Origins.UNKNOWN)).count();
            String status = !denials.isEmpty() ? "denied" : contested ? "contested"
                    : independent >= 2 ? "corroborated" : "single-origin";
            String text = withoutDateline(group.get(0).text());
            return new CrossCheck.Claim(id, text, ordered, mentions, originList, independent,
                    status, List.copyOf(outlets), List.copyOf(missing), denials,
                    withStances ? stances(text, (int) group.stream().map(StorySentence::article).distinct().count())
                            : List.of());
        }

        /**
         * Mentions that quote the same words (five or more inside quotation marks) quote one speaker, however each
         * article attributes them: they trace to the speaker one of them names (a person, body, organisation or
         * document), when one does.
         */
        private void sameQuotedWords(List<StorySentence> group, List<Origins.Traced> traced) {
            int n = group.size();
            List<Set<String>> quoted = new ArrayList<>(n);
            for (StorySentence s : group) {
                quoted.add(quotedShingles(s.text()));
            }
            int[] parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (!java.util.Collections.disjoint(quoted.get(i), quoted.get(j))) {
                        parent[find(parent, j)] = find(parent, i);
                    }
                }
            }
            Map<Integer, Origins.Traced> speaker = new HashMap<>();
            for (int i = 0; i < n; i++) {
                if (isSpeaker(traced.get(i))) {
                    speaker.putIfAbsent(find(parent, i), traced.get(i));
                }
            }
            for (int i = 0; i < n; i++) {
                Origins.Traced sp = speaker.get(find(parent, i));
                if (sp != null && !isSpeaker(traced.get(i)) && !quoted.get(i).isEmpty()) {
                    traced.set(i, sp);
                }
            }
        }

        /**
         * A statement an article makes on its own authority about what a source of the claim said ("Reyle's surprise
         * announcement that …", "Brask confirmed … in a post") traces to that source: the sentence names it beside a
         * word of speech.
         */
        private void namedSpeakers(List<StorySentence> group, List<Origins.Traced> traced) {
            Map<String, Origins.Traced> speakers = new LinkedHashMap<>();
            for (Origins.Traced t : traced) {
                if (isSpeaker(t)) {
                    speakers.putIfAbsent(t.name(), t);
                }
            }
            if (speakers.isEmpty()) {
                return;
            }
            for (int i = 0; i < group.size(); i++) {
                Origins.Traced t = traced.get(i);
                StorySentence s = group.get(i);
                if (!t.kind().equals("own-reporting") || !t.chain().isEmpty() || !SPEECH.matcher(s.text()).find()) {
                    continue;
                }
                for (Entity e : an(s.article()).entities()) {
                    Origins.Traced sp = speakers.get(origins.canonical(e.name()));
                    if (sp != null && e.mentions().stream().anyMatch(m -> m.start() >= s.start() && m.end() <= s.end())) {
                        traced.set(i, sp);
                        break;
                    }
                }
            }
        }

        /**
         * A statement an article makes on its own authority is not independent of a source that another article
         * names for the same claim when the article itself cites that source elsewhere: the outlet got its account
         * from it ("Police say …" in one report, the same fact unattributed in a report that quotes the police
         * throughout). Such a mention is traced to that source.
         */
        private void leanOnCitedRoots(List<StorySentence> group, List<Origins.Traced> traced) {
            Map<String, Origins.Traced> roots = new LinkedHashMap<>();
            for (Origins.Traced t : traced) {
                if (!t.kind().equals("own-reporting") && !t.kind().equals("unknown")) {
                    roots.putIfAbsent(t.key(), t);
                }
            }
            if (roots.isEmpty()) {
                return;
            }
            for (int i = 0; i < group.size(); i++) {
                if (!traced.get(i).kind().equals("own-reporting") || !traced.get(i).chain().isEmpty()) {
                    continue;
                }
                Set<String> cited = citedKeys.computeIfAbsent(group.get(i).article(),
                        k -> origins.citedKeys(byId.get(k), an(k), 0, Integer.MAX_VALUE));
                for (Map.Entry<String, Origins.Traced> root : roots.entrySet()) {
                    if (cited.contains(root.getKey())) {
                        Origins.Traced r = root.getValue();
                        traced.set(i, new Origins.Traced(r.name(), r.kind(), r.key(), r.source(), List.of()));
                        break;
                    }
                }
            }
        }

        /**
         * The denials of the story, by the id of the claim each denies; adds one conflict per denied claim (its
         * sides are filled in once the claims are built).
         */
        private Map<String, List<CrossCheck.Denial>> denials(List<List<StorySentence>> groups, ClaimAligner aligner,
                                                             List<CrossCheck.Conflict> conflicts) {
            Map<String, List<CrossCheck.Denial>> out = new LinkedHashMap<>();
            lead = lead(groups);
            List<CrossCheck.Conflict> unattached = new ArrayList<>();
            for (List<StorySentence> g : groups) {
                if (!g.get(0).denial()) {
                    continue;
                }
                String target = null;
                double best = DENIAL_TARGET_THRESHOLD;
                boolean aboutTheReport = false;
                for (StorySentence d : g) {
                    StorySentence denied = deniedPart(d);
                    // a plea denies the charges, not what the story reports
                    aboutTheReport |= Denials.deniesTheReport(denied.text()) && !Denials.pleads(d.text());
                    if (denied.terms().size() < 2) {
                        continue;
                    }
                    for (List<StorySentence> other : groups) {
                        if (other.get(0).denial()) {
                            continue;
                        }
                        for (StorySentence s : other) {
                            double sim = Denials.isCaption(s.text()) ? 0 : aligner.overlap(denied, s);
                            if (sim > best) {
                                best = sim;
                                target = claimOf.get(s);
                            }
                        }
                    }
                }
                // "denied the allegations": what the story reports, where the denying article reports it too
                if (target == null && aboutTheReport && lead != null && carriesLead(groups, g)) {
                    target = lead;
                }
                List<CrossCheck.Denial> found = new ArrayList<>();
                for (StorySentence d : g) {
                    // no denier resolved, no denial: "unnamed denies …" tells a fact-checker nothing
                    String by = Denials.denier(d, byId.get(d.article()).body(), an(d.article()), descriptions,
                            origins);
                    if (by != null) {
                        found.add(new CrossCheck.Denial(by, d.article(), d.start(), d.end(), d.text()));
                    }
                }
                if (found.isEmpty()) {
                    continue;
                }
                if (target == null) {
                    // a denial of something no claim of the story states: reported, tied to no claim
                    unattached.add(DenialConflict.unattached(found, byId, deniedPart(g.get(0)).text()));
                    continue;
                }
                if (target.equals(lead)) {
                    for (CrossCheck.Denial d : found) {
                        denyingArticles.add(d.article());
                        denyingArticles.addAll(copiesOf(d.article()));
                    }
                }
                out.computeIfAbsent(target, k -> new ArrayList<>()).addAll(found);
            }
            for (String target : out.keySet()) {
                conflicts.add(new CrossCheck.Conflict("denial", "denied", "", List.of(), List.of(),
                        List.of(target), List.of()));
            }
            conflicts.addAll(unattached);
            return out;
        }

        /** True when an article of the denials also carries the story's main claim. */
        private boolean carriesLead(List<List<StorySentence>> groups, List<StorySentence> denials) {
            Set<String> denying = new java.util.HashSet<>();
            denials.forEach(d -> denying.add(d.article()));
            for (List<StorySentence> g : groups) {
                for (StorySentence s : g) {
                    if (lead.equals(claimOf.get(s)) && denying.contains(s.article())) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * How each distinct article of the story stands to a claim that two or more articles carry, by the stance
         * model; empty without a model or for a claim of one article.
         */
        private List<CrossCheck.ArticleStance> stances(String claim, int carriers) {
            if (stanceModel == null || carriers < 2) {
                return List.of();
            }
            List<CrossCheck.ArticleStance> out = new ArrayList<>();
            for (String id : sentences.keySet()) {
                crosscheck.align.stance.StanceText body = preparedBodies.computeIfAbsent(id,
                        k -> stanceModel.prepare(byId.get(k).body()));
                crosscheck.align.stance.StanceClassifier.Result r = stanceModel.classify(claim, body);
                out.add(new CrossCheck.ArticleStance(id, Origins.outletName(byId.get(id)), r.label(),
                        Math.round(r.confidence() * 1000) / 1000.0));
            }
            return out;
        }

        /** For each near-duplicate copy in the story, the article it copies. */
        private Map<String, String> copyOf() {
            Map<String, String> out = new HashMap<>();
            for (List<String> group : story.duplicates()) {
                for (String copy : group.subList(1, group.size())) {
                    out.put(copy, group.get(0));
                }
            }
            return out;
        }

        /** The near-duplicate copies of an article (empty when it is not the original of a group). */
        private List<String> copiesOf(String article) {
            for (List<String> group : story.duplicates()) {
                if (group.get(0).equals(article)) {
                    return group.subList(1, group.size());
                }
            }
            return List.of();
        }

        /** What a denial denies, as a sentence of its own: the words after the denying verb. */
        private StorySentence deniedPart(StorySentence d) {
            int[] span = Denials.deniedSpan(d.text());
            int from = d.start() + span[0];
            int to = d.start() + span[1];
            Article a = byId.get(d.article());
            return new StorySentence(d.article(), d.index(), from, to, a.body().substring(from, to),
                    SentenceTerms.spanTerms(a, an(d.article()), names, from, to), false);
        }

        /**
         * The story's main claim, which a denial of "the report" or "the allegations" denies: the claim most
         * articles open with (in their first two sentences), then the most widely carried; denials excluded.
         */
        private String lead(List<List<StorySentence>> groups) {
            String lead = null;
            double best = -1;
            for (List<StorySentence> g : groups) {
                if (g.get(0).denial()) {
                    continue;
                }
                double score = g.size() * 0.1;
                for (StorySentence s : g) {
                    if (s.index() <= 1) {
                        score += 1;
                    }
                }
                if (score > best) {
                    best = score;
                    lead = claimOf.get(g.get(0));
                }
            }
            return lead;
        }

        /** The denial conflicts with their sides, the outlets that dropped the denial, and an explanation. */
        private List<CrossCheck.Conflict> withDenialSides(List<CrossCheck.Conflict> drafts,
                                                          List<CrossCheck.Claim> claims) {
            Map<String, CrossCheck.Claim> byId2 = new HashMap<>();
            claims.forEach(c -> byId2.put(c.id(), c));
            List<CrossCheck.Conflict> out = new ArrayList<>();
            for (CrossCheck.Conflict draft : drafts) {
                if (draft.claims().isEmpty()) {
                    out.add(draft);
                    continue;
                }
                CrossCheck.Claim claim = byId2.get(draft.claims().get(0));
                boolean storyWide = claim.id().equals(lead);
                Set<String> copies = new LinkedHashSet<>();
                claim.denials().forEach(d -> copies.addAll(copiesOf(d.article())));
                Set<String> alsoDenying = new LinkedHashSet<>(storyWide ? denyingArticles : Set.of());
                alsoDenying.addAll(copies);
                out.add(DenialConflict.of(claim, byId, storyWide ? story.articles() : claim.articles(),
                        alsoDenying, storyWide));
            }
            return out;
        }

        /** The figures of the story's articles grouped into quantities and judged. */
        private List<CrossCheck.Conflict> numeric(Map<String, Origins.Traced> own) {
            List<Figure> figures = new ArrayList<>();
            for (Map.Entry<String, List<StorySentence>> e : allSentences.entrySet()) {
                Article a = byId.get(e.getKey());
                Annotations an = an(e.getKey());
                for (StorySentence s : e.getValue()) {
                    List<Quantity> here = new ArrayList<>(Measures.read(s));
                    here.addAll(Measures.dates(an.dates(), s, a.published()));
                    for (Quantity q : an.quantities()) {
                        if (q.start() >= s.start() && q.end() <= s.end()) {
                            here.add(q);
                        }
                    }
                    for (Quantity q : here) {
                        Origins.Traced t = origins.trace(a, an, s, own.computeIfAbsent(a.id(),
                                k -> origins.ownOrigin(a, an)));
                        String source = t.chain().isEmpty() ? null : t.source() != null ? t.source() : t.name();
                        figures.add(Figure.of(a.id(), Origins.outletName(a), a.published(), q, s, source));
                    }
                }
            }
            NumericConflicts nc = new NumericConflicts(weights);
            List<CrossCheck.Conflict> out = new ArrayList<>();
            for (List<Figure> group : nc.groups(figures)) {
                CrossCheck.Conflict c = nc.judge(group, claimOf::get, copyOf());
                if (c != null) {
                    out.add(c);
                }
            }
            out.sort(Comparator.comparingInt((CrossCheck.Conflict c) -> c.verdict().equals("conflict") ? 0 : 1));
            return out;
        }
    }

    /** Words by which an outlet relays what others report without naming them. */
    static final java.util.regex.Pattern RELAYED = java.util.regex.Pattern.compile("(?i)\\b(?:reportedly|purportedly|"
            + "according\\s+to\\s+(?:media\\s+|news\\s+|several\\s+|multiple\\s+)?reports|(?:is|are|was|were)\\s+said\\s+to)\\b");

    /** Words of speech that make a sentence report what someone named in it said. */
    private static final java.util.regex.Pattern SPEECH = java.util.regex.Pattern.compile("(?i)\\b(?:said|says|say|"
            + "told|tells|announc\\w*|confirm\\w*|tweet\\w*|statement|wrote|writes|declared|acknowledg\\w*|"
            + "disclos\\w*|admitted)\\b");

    /** True when the origin is a source that speaks for itself: a person, a body, an organisation, a document. */
    static boolean isSpeaker(Origins.Traced t) {
        return switch (t.kind()) {
            case "person", "official-body", "organisation", "document" -> true;
            default -> false;
        };
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile(
            "[\"“”]([^\"“”]{12,})[\"“”]");

    /**
     * True when the sentence is a quotation: it opens or closes with a quotation mark (a quote that runs over several
     * sentences), or half its characters are inside quotation marks.
     */
    static boolean isQuotation(String sentence) {
        String t = sentence.strip();
        if (t.isEmpty()) {
            return false;
        }
        if ("\"“".indexOf(t.charAt(0)) >= 0 || t.matches("(?s).*[\"”][.,!?]?$")) {
            return true;
        }
        int inside = 0;
        java.util.regex.Matcher m = QUOTED.matcher(t);
        while (m.find()) {
            inside += m.group(1).length();
        }
        return inside * 2 >= t.length();
    }

    /** The five-word shingles of the words the sentence puts inside quotation marks, lower case. */
    static Set<String> quotedShingles(String sentence) {
        Set<String> out = new java.util.HashSet<>();
        java.util.regex.Matcher m = QUOTED.matcher(sentence);
        while (m.find()) {
            addShingles(m.group(1), 5, out);
        }
        return out;
    }

    /** Share of three-word shingles from which an unattributed sentence is taken for a copy of an earlier one. */
    static final double COPY_OVERLAP = 0.8;

    /** The sentence's three-word shingles, lower case. */
    static Set<String> shingles(String sentence) {
        Set<String> out = new java.util.HashSet<>();
        addShingles(sentence, 3, out);
        return out;
    }

    /** Adds the text's {@code n}-word shingles, lower case, words split at anything but letters and digits. */
    private static void addShingles(String text, int n, Set<String> out) {
        List<String> words = new ArrayList<>();
        for (String x : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{Nd}]+")) {
            if (!x.isEmpty()) {
                words.add(x);
            }
        }
        for (int i = 0; i + n <= words.size(); i++) {
            out.add(String.join(" ", words.subList(i, i + n)));
        }
    }

    /**
     * True when the later sentence repeats the earlier one word for word, or nearly (Jaccard of shingles at least
     * {@link #COPY_OVERLAP}): the later outlet printed the earlier one's sentence, so it traces back to the same
     * origin, whatever the attribution read in each article's context says.
     */
    static boolean copied(Set<String> earlier, Set<String> later) {
        if (earlier.size() < 4 || later.size() < 4) {
            return false;
        }
        int common = 0;
        for (String x : later) {
            if (earlier.contains(x)) {
                common++;
            }
        }
        return common >= COPY_OVERLAP * (earlier.size() + later.size() - common);
    }

    private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
            "^\\p{Lu}[\\p{Lu} .'’\\-]{2,40}(?:,\\s*\\p{Lu}\\p{Ll}+\\.?\\s+\\d{1,2})?(?:\\s*\\([^)]{1,40}\\))?\\s*[—–]\\s+");

    /** The sentence without the dateline that opens a wire story ("HALVERGATE, March 9 (Kestrel Wire) — "). */
    static String withoutDateline(String sentence) {
        java.util.regex.Matcher m = DATELINE.matcher(sentence);
        return m.find() && m.end() < sentence.length() ? sentence.substring(m.end()) : sentence;
    }

    /** Collects one origin's names and articles. */
    private static final class OriginBuilder {
        private String name;
        private String kind;
        private final Set<String> sources = new LinkedHashSet<>();
        private final Set<String> articles = new LinkedHashSet<>();

        void add(Origins.Traced t, String article) {
            if (name == null || !kind.equals("outlet") && t.kind().equals("outlet")) {
                name = t.name();
                kind = t.kind();
            }
            if (t.source() != null) {
                sources.add(t.source());
            }
            articles.add(article);
        }

        CrossCheck.Origin build() {
            return new CrossCheck.Origin(name, kind, List.copyOf(sources), List.copyOf(articles));
        }
    }
}
