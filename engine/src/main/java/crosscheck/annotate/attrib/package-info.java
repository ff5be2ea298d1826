/**
 * Attribution: who is reported to have said, written or shown what. {@link crosscheck.annotate.attrib.AttributionTagger}
 * tags the tokens of a paragraph as source, cue or content; the model is trained by our own code on PolNeAR
 * ({@code java -jar bench/target/crosscheck-bench.jar attribution-train}) and ships in the jar.
 */
@NullMarked
package crosscheck.annotate.attrib;

import org.jspecify.annotations.NullMarked;
