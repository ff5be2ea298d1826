/**
 * Helpers shared by the stages: text normalisation, date parsing, tokenising. No compatibility promise: nothing
 * here is API, and it may change in any release.
 */
@NullMarked
package crosscheck.internal;

import org.jspecify.annotations.NullMarked;
