/** Parts of speech: OpenNLP's English Universal Dependencies tagger, as its Maven Central model ships it. */
@NullMarked
package crosscheck.annotate.pos;

import org.jspecify.annotations.NullMarked;
