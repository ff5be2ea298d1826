/**
 * Stance: does an article body agree with a claim, disagree with it (deny, refute), discuss it without taking a side,
 * or is it unrelated? {@link crosscheck.align.stance.StanceClassifier} answers in two stages, both averaged
 * perceptrons over string features ({@link crosscheck.align.stance.StanceFeatures}): related or unrelated from the
 * overlap of claim and body, then agree, disagree or discuss from denial, hedging, support and negation words near the
 * claim's words and from the body's common words. The model is trained by our own code on FNC-1
 * ({@code java -jar bench/target/crosscheck-bench.jar stance-train}) and ships in the jar.
 *
 * <p>Reads plain text (a claim and a body, or a body already split into tokenized sentences); writes a
 * {@link crosscheck.align.stance.StanceClassifier.Result}. Never throws on odd text: an empty claim or body is
 * unrelated. The classifier is immutable and thread-safe.
 *
 * <pre>{@code
 * StanceClassifier stance = StanceClassifier.standard();
 * StanceClassifier.Result r = stance.classify("The mayor resigned on Monday", bodyText);
 * System.out.println(r.stance() + " " + r.confidence());
 * StanceText body = stance.prepare(bodyText);          // once per body, then many claims
 * claims.forEach(c -> System.out.println(stance.classify(c, body)));
 * }</pre>
 */
@NullMarked
package crosscheck.align.stance;

import org.jspecify.annotations.NullMarked;
