/**
 * Named-entity recognition: {@link crosscheck.annotate.ner.PerceptronNer} tags tokens with BIO labels for persons,
 * locations, organisations and miscellaneous names. The model is trained by our own code on CoNLL-2003
 * ({@code java -jar bench/target/crosscheck-bench.jar ner-train}) and ships in the jar, with the name lists it
 * consults ({@link crosscheck.annotate.ner.Gazetteer}); nothing is downloaded. Tag a whole article with
 * {@code tagDocument}: what the rest of the article says about a name ({@link crosscheck.annotate.ner.DocumentContext})
 * and the first stage's tags elsewhere in it ({@link crosscheck.annotate.ner.PredictionContext}) inform each
 * occurrence; {@code tag} treats one sentence as an article of its own.
 *
 * <pre>{@code
 * PerceptronNer ner = PerceptronNer.standard();
 * List<String> tags = ner.tag(List.of("Teodor", "Brask", "called", "Dovhan", "."));
 * // [B-PER, I-PER, O, B-PER, O]
 * }</pre>
 */
@NullMarked
package crosscheck.annotate.ner;

import org.jspecify.annotations.NullMarked;
