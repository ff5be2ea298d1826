/**
 * Named-entity recognition: {@link crosscheck.annotate.ner.PerceptronNer} tags tokens with BIO labels for persons,
 * locations, organisations and miscellaneous names. The model is trained by our own code on CoNLL-2003
 * ({@code java -jar bench/target/crosscheck-bench.jar ner-train}) and ships in the jar; nothing is downloaded.
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
