/** Learning code the annotators' trainers share. */
@NullMarked
package crosscheck.annotate.learn;

import org.jspecify.annotations.NullMarked;
